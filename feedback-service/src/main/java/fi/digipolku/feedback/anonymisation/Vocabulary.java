package fi.digipolku.feedback.anonymisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * What a word can be, from Voikko's Finnish morphology and the {@link NameList}: an ordinary word, a first name, a
 * surname, a place or another proper name (an organisation, a people), and in which case. Capitalisation is decided
 * by the caller: the word is analysed both lower-cased (is it an ordinary word?) and capitalised (is it a name?).
 * <p>
 * What Voikko and the lists say of a word is remembered (up to 200,000 words, each for an hour after its last use) when
 * the word is in them, as an ordinary word or a name: that is dictionary knowledge, the same for every text. A word
 * they do not know (a rare name, a typo) is not kept: it is analysed again each time, so what only a writer knows
 * does not stay in memory.
 */
final class Vocabulary implements AutoCloseable {

    /**
     * What one written word can be.
     *
     * @param ordinary an ordinary word in Finnish, or a name that is also an ordinary word in Swedish or English
     * @param firstName a form of a first name (Voikko's class, or so listed)
     * @param surname a form of a surname (Voikko's class, or so listed)
     * @param listedName a form of a name in the name list, first name or surname
     * @param finnishName Voikko knows it as a first name or surname
     * @param place a form of a place name (a town, a country)
     * @param otherName a form of another proper name (an organisation, a product, a people)
     * @param nominative a name reading in the nominative (uninflected)
     * @param localCase a reading in a local case (in, from, to a place: "Tampereelta", "Lahdessa", "Matille")
     * @param innerCase a reading in an inner local case (in, from, into: "Lahdessa", "Kalliosta"), which people
     *     are rarely in
     * @param base the base form of the name reading, lower-cased, or the word itself lower-cased
     * @param verb the base form of a verb reading ("soitti": soittaa), or null
     */
    record Word(boolean ordinary, boolean firstName, boolean surname, boolean listedName, boolean finnishName,
            boolean place,
            boolean otherName, boolean nominative, boolean localCase, boolean innerCase, String base, String verb) {

        boolean name() {
            return firstName || surname || listedName;
        }

        /** Known to Voikko or the name list in any way. */
        boolean known() {
            return ordinary || firstName || surname || place || otherName;
        }
    }

    private static final Set<String> INNER_CASES = Set.of("sisaolento", "sisaeronto", "sisatulento");
    private static final Set<String> LOCAL_CASES = Set.of("sisaolento", "sisaeronto", "sisatulento", "ulkoolento",
            "ulkoeronto", "ulkotulento");

    /**
     * Places and languages Voikko does not know as such: the countries and languages of the world in English,
     * Swedish and Finnish (from the JDK's locale data: "Philippines", "English", "Somalia"), and the Swedish names of
     * Finnish places ({@code anonymisation/places-sv.txt}: Vasa, Jakobstad, Pargas).
     */
    private static final Set<String> PLACES = places();

    /** The most common words of the languages clients write in and near (Lucene's Snowball stop lists). */
    private static final CharArraySet COMMON_WORDS = commonWords();

    private final Voikko voikko;
    private final NameList names;
    private final Cache<String, Word> knownWords = Caffeine.newBuilder().maximumSize(200_000)
            .expireAfterAccess(Duration.ofHours(1)).build();

    Vocabulary(Voikko voikko, NameList names) {
        this.voikko = voikko;
        this.names = names;
    }

    /** What {@code word} (one word, no spaces or hyphens; any capitalisation) can be. */
    Word of(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Word cached = knownWords.getIfPresent(lower);
        if (cached != null) {
            return cached;
        }
        Word analysed = analyse(lower);
        if (analysed.known()) {
            knownWords.put(lower, analysed);
        }
        return analysed;
    }

    private Word analyse(String lower) {
        boolean ordinary = false;
        boolean localCase = false;
        boolean innerCase = false;
        String verb = null;
        for (Voikko.Analysis analysis : voikko.analyse(lower)) {
            ordinary |= analysis.ordinary();
            if (verb == null && "teonsana".equals(analysis.wordClass())) {
                verb = analysis.baseForm();
            }
            localCase |= analysis.grammaticalCase() != null && LOCAL_CASES.contains(analysis.grammaticalCase());
            innerCase |= analysis.grammaticalCase() != null && INNER_CASES.contains(analysis.grammaticalCase());
        }
        boolean firstName = false;
        boolean surname = false;
        boolean place = false;
        boolean otherName = false;
        boolean nominative = false;
        String base = null;
        boolean nameBase = false;
        List<Voikko.Analysis> proper = voikko.analyse(capitalise(lower));
        for (Voikko.Analysis analysis : proper) {
            if (analysis.ordinary()) {
                continue;
            }
            firstName |= analysis.firstName();
            surname |= analysis.surname();
            place |= analysis.place();
            otherName |= analysis.otherName();
            localCase |= analysis.grammaticalCase() != null && LOCAL_CASES.contains(analysis.grammaticalCase());
            innerCase |= analysis.grammaticalCase() != null && INNER_CASES.contains(analysis.grammaticalCase());
            if (analysis.firstName() || analysis.surname()) {
                nominative |= analysis.nominative();
                if (analysis.baseForm() != null && (base == null || !nameBase)) {
                    base = analysis.baseForm().toLowerCase(Locale.ROOT);
                    nameBase = true;
                }
            } else if (base == null && analysis.baseForm() != null) {
                // a place's base form too: Nieminen the village is also Nieminen the nurse ("Niemiselle")
                base = analysis.baseForm().toLowerCase(Locale.ROOT);
            }
        }
        boolean finnishName = firstName || surname;
        place |= PLACES.contains(lower);
        ordinary |= COMMON_WORDS.contains(lower);
        boolean listedName = false;
        NameList.Known listed = names.find(lower);
        boolean exact = listed != null && listed.baseForm().equalsIgnoreCase(lower);
        if (listed != null && (exact || !ordinary)) {
            // an inflected form only for a word that is no ordinary word: Ahmedille, not "Teitä" (Tei+tä)
            firstName |= listed.firstName();
            surname |= listed.surname();
            listedName = true;
            ordinary |= listed.ordinaryToo();
            nominative |= exact;
            if (base == null) {
                base = listed.baseForm().toLowerCase(Locale.ROOT);
            }
        }
        return new Word(ordinary, firstName, surname, listedName, finnishName, place, otherName, nominative, localCase,
                innerCase, base == null ? lower : base, verb);
    }

    private static CharArraySet commonWords() {
        CharArraySet words = new CharArraySet(2_000, false);
        for (String language : List.of("finnish", "swedish", "english", "danish", "norwegian", "german")) {
            words.addAll(StopWords.snowball(language));
        }
        return CharArraySet.unmodifiableSet(words);
    }

    private static Set<String> places() {
        Set<String> places = new HashSet<>();
        List<Locale> languages = List.of(Locale.ENGLISH, Locale.forLanguageTag("sv"), Locale.forLanguageTag("fi"));
        for (Locale in : languages) {
            for (String country : Locale.getISOCountries()) {
                places.add(
                        new Locale.Builder().setRegion(country).build().getDisplayCountry(in).toLowerCase(Locale.ROOT));
            }
            for (String language : Locale.getISOLanguages()) {
                places.add(new Locale.Builder().setLanguage(language).build().getDisplayLanguage(in)
                        .toLowerCase(Locale.ROOT));
            }
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Vocabulary.class.getResourceAsStream("/anonymisation/places-sv.txt"), StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> places.add(line.strip().toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        places.removeIf(place -> place.contains(" ") || place.length() < 3);
        return Set.copyOf(places);
    }

    static String capitalise(String lower) {
        if (lower.isEmpty()) {
            return lower;
        }
        int first = lower.codePointAt(0);
        return new StringBuilder(lower.length()).appendCodePoint(Character.toUpperCase(first))
                .append(lower, Character.charCount(first), lower.length()).toString();
    }

    @Override
    public void close() {
        voikko.close();
    }
}
