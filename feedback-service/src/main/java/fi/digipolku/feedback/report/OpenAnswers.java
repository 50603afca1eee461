package fi.digipolku.feedback.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import fi.digipolku.feedback.anonymisation.StopWords;

/**
 * A privacy-preserving digest of a group's open answers: the words many respondents used and the themes they wrote
 * about, never the texts themselves.
 *
 * <p>
 * The texts reach this class already anonymised, with personal data replaced by markers such as {@code [NIMI]} or
 * {@code [PUHELIN]}. Anonymisation is never perfect, so the digest adds its own safeguards:
 * <ul>
 * <li>A group with fewer than {@link Suppression#MIN_ANSWERS} non-blank texts is suppressed like any other small group
 * (see {@link Suppression}).</li>
 * <li>A word is listed only when at least {@value #MIN_WORD_TEXTS} different answers use it <em>in exactly the same
 * written form</em> (after lower-casing), and the answers that do not use it are none or at least that many too; a
 * theme's count is shown on the same condition, else {@code null}. Reports also apply this across groups
 * ({@link Publication#openAnswers}), so no word or theme count describes fewer than
 * {@link Suppression#MIN_ANSWERS} answers, alone or subtracted from another. Counting answers rather than occurrences means that one person repeating a
 * rare word — perhaps a name the anonymiser missed — cannot push it into the list. Inflected forms are deliberately not
 * merged here: a rare name in three different cases is still a rare word in each.</li>
 * <li>Anonymisation markers, anything containing a digit, Finnish (with contracted negations such as "eikä",
 * "ettei"), Swedish and English stop words (the Snowball stop lists {@code finnish_stop.txt},
 * {@code swedish_stop.txt} and {@code english_stop.txt} of lucene-analysis-common) and words shorter than {@value #MIN_WORD_LETTERS} letters never
 * count, neither in the word list nor in the themes.
 * </li>
 * </ul>
 *
 * <p>
 * Themes answer a different question — what are people writing about — so there inflection should not matter.
 * A theme lexicon (by default {@code /report/themes-fi.properties}) lists Finnish words per theme; they are stemmed
 * with the same {@link FinnishAnalyzer} (Snowball Finnish stemmer) as the texts, so "jonossa" matches "jono".
 * Entries ending in {@code *} are prefixes matched against the unstemmed lower-case words, for compounds and for
 * paradigms that the suffix-stripping stemmer splits ("odotus*" finds "odotusaika"). A theme counts the answers that
 * mention it at least once; themes no answer mentions are listed with 0 so that absence is visible too, and themes whose
 * count is withheld with {@code null}.
 *
 * <p>
 * Words are sorted by count (descending), then by the word in Unicode code-point order (which puts å after ä, unlike the
 * Finnish alphabet); themes likewise by count, then key. The output is therefore the same for the same texts in any
 * order. Immutable and thread-safe.
 */
public final class OpenAnswers {

    /** A word must appear in at least this many answers to be listed. */
    public static final int MIN_WORD_TEXTS = Suppression.MIN_ANSWERS;
    /** Shorter words carry too little meaning to list. */
    public static final int MIN_WORD_LETTERS = 3;

    /** The lexicon used by {@link #OpenAnswers()}. */
    public static final String DEFAULT_LEXICON = "/report/themes-fi.properties";
    /** The theme labels used by {@link #OpenAnswers()}. */
    public static final String DEFAULT_LABELS = "/report/theme-labels.properties";
    /** The languages every theme of the default lexicon is labelled in. */
    public static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    private static final Locale FINNISH = Locale.forLanguageTag("fi");
    /** Anonymisation markers: upper-case letters, digits or underscores in square brackets, e.g. {@code [NIMI]}. */
    private static final Pattern MARKER = Pattern.compile("\\[[\\p{Lu}\\p{Nd}_]+]");
    /** A word: letters and digits, possibly joined by single hyphens or apostrophes ("sote-keskus"). */
    private static final Pattern WORD = Pattern
            .compile("[\\p{L}\\p{M}\\p{Nd}]+(?:[-'’][\\p{L}\\p{M}\\p{Nd}]+)*");
    /**
     * Finnish negation contracted with a conjunction or the clitic -kä ("eikä", "ettei"): as common as the stop words
     * they are made of, but missing from the Snowball Finnish stop list.
     */
    private static final List<String> FINNISH_CONTRACTED_NEGATIONS = List.of("eikä", "enkä", "etkä", "emmekä",
            "ettekä", "eivätkä", "ettei", "etten", "ettet", "ettemme", "ettette", "etteivät", "jottei", "jotten",
            "jottet", "jotteivät", "vaikkei", "vaikken", "vaikket", "muttei", "mutten", "muttet", "kunnei", "kunnen");

    /** The Snowball stop lists shipped with lucene-analysis-common, one per language clients answer in. */
    private static final List<String> SNOWBALL_STOP_LISTS = List.of("finnish", "swedish", "english");

    /** Finnish, Swedish and English stop words: clients answer in any of the three languages. */
    private static final CharArraySet STOP_WORDS = stopWords();
    /** Analyzers are thread-safe; this one holds no resources worth closing. */
    private static final FinnishAnalyzer ANALYZER = new FinnishAnalyzer(STOP_WORDS);

    private final List<Theme> themes;
    private final Map<String, Map<String, String>> labels;

    /** A digest using the default Finnish theme lexicon and its labels in Finnish, Swedish and English. */
    public OpenAnswers() {
        this(loadLexicon(DEFAULT_LEXICON), loadLabels(DEFAULT_LABELS));
        for (String theme : themeKeys()) {
            if (!labels.getOrDefault(theme, Map.of()).keySet().containsAll(LANGUAGES)) {
                throw new IllegalStateException("theme " + theme + " needs labels in " + LANGUAGES);
            }
        }
    }

    /** A digest using the given theme lexicon, without labels. */
    public OpenAnswers(Map<String, List<String>> lexicon) {
        this(lexicon, Map.of());
    }

    /**
     * A digest using the given theme lexicon.
     *
     * @param lexicon theme key → words; an entry ending in {@code *} is a prefix
     * @throws IllegalArgumentException when a word is a stop word, splits into several words, or a theme has no words
     */
    public OpenAnswers(Map<String, List<String>> lexicon, Map<String, Map<String, String>> labels) {
        Objects.requireNonNull(lexicon, "lexicon");
        this.labels = Map.copyOf(labels);
        List<Theme> built = new ArrayList<>();
        new TreeMap<>(lexicon).forEach((key, words) -> built.add(Theme.of(key, words)));
        this.themes = List.copyOf(built);
    }

    /** The theme keys in alphabetical order. */
    public List<String> themeKeys() {
        return themes.stream().map(Theme::key).toList();
    }

    /**
     * The digest of one group's anonymised open answers on its own: a word or theme is counted only when the answers
     * that use it and those that do not are each none or at least {@link Suppression#MIN_ANSWERS}
     * ({@link Suppression#partitionShown}). {@code null} and blank texts are ignored; they are not answers. Reports
     * decide across groups with {@link Publication#openAnswers}.
     */
    public Report analyse(List<String> anonymisedTexts) {
        Objects.requireNonNull(anonymisedTexts, "anonymisedTexts");
        List<Mentions> mentions = anonymisedTexts.stream().map(this::mentions).filter(Objects::nonNull).toList();
        long texts = mentions.size();
        Map<String, Long> words = new HashMap<>();
        Map<String, Long> themeCounts = new HashMap<>();
        for (Mentions m : mentions) {
            m.words().forEach(word -> words.merge(word, 1L, Long::sum));
            m.themes().forEach(theme -> themeCounts.merge(theme, 1L, Long::sum));
        }
        words.values().removeIf(uses -> !Suppression.partitionShown(uses, texts - uses));
        Map<String, Long> shownThemes = new HashMap<>();
        for (String theme : themeKeys()) {
            long uses = themeCounts.getOrDefault(theme, 0L);
            shownThemes.put(theme, Suppression.partitionShown(uses, texts - uses) ? uses : null);
        }
        return report(texts, words, shownThemes);
    }

    /**
     * What one anonymised open answer mentions: the countable words it uses and the themes it is about; {@code null}
     * for a {@code null} or blank text, which is no answer.
     */
    public Mentions mentions(String anonymisedText) {
        if (anonymisedText == null || anonymisedText.isBlank()) {
            return null;
        }
        String cleaned = MARKER.matcher(anonymisedText).replaceAll(" ");
        Set<String> words = words(cleaned);
        Set<String> stems = stems(cleaned);
        Set<String> countable = new HashSet<>();
        for (String word : words) {
            if (countable(word) && !themeWord(word)) {
                countable.add(word);
            }
        }
        Set<String> themeWords = new HashSet<>(words);
        themeWords.removeIf(STOP_WORDS::contains);
        Set<String> mentioned = new HashSet<>();
        for (Theme theme : themes) {
            if (theme.mentionedBy(themeWords, stems)) {
                mentioned.add(theme.key());
            }
        }
        return new Mentions(Set.copyOf(countable), Set.copyOf(mentioned));
    }

    /**
     * The digest of a group as it may be shown.
     *
     * @param texts the number of non-blank texts; a group of fewer than {@link Suppression#MIN_ANSWERS} is suppressed
     * @param words the words that may be listed, with the number of answers using each
     * @param themes the number of answers mentioning each theme of the lexicon, {@code null} where withheld; a theme
     *        missing from the map counts as withheld
     */
    public Report report(long texts, Map<String, Long> words, Map<String, Long> themes) {
        if (Suppression.suppressed(texts)) {
            return Report.SUPPRESSED;
        }
        List<WordCount> wordList = words.entrySet().stream()
                .map(e -> new WordCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(WordCount::count).reversed().thenComparing(WordCount::word))
                .toList();
        Comparator<ThemeCount> mostFirst = Comparator.comparing(ThemeCount::count,
                Comparator.nullsLast(Comparator.reverseOrder()));
        List<ThemeCount> themeList = this.themes.stream()
                .map(t -> new ThemeCount(t.key(), labels.getOrDefault(t.key(), Map.of()), themes.get(t.key())))
                .sorted(mostFirst.thenComparing(ThemeCount::theme))
                .toList();
        return new Report(false, texts, wordList, themeList);
    }

    /**
     * What one open answer mentions.
     *
     * @param words the countable lower-case words it uses
     * @param themes the keys of the themes it is about
     */
    public record Mentions(Set<String> words, Set<String> themes) {
    }

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(FINNISH_CONTRACTED_NEGATIONS, false);
        for (String language : SNOWBALL_STOP_LISTS) {
            words.addAll(StopWords.snowball(language));
        }
        return CharArraySet.unmodifiableSet(words);
    }

    /** The distinct lower-case written forms in a text, markers already removed. */
    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(FINNISH));
        }
        return words;
    }

    /**
     * True for a word that on its own puts a text in a theme ("odotus" in waiting): it is counted by its theme and not
     * listed, since every text using it is in the theme and the theme's count minus the word's would count the texts
     * that are in the theme by another word, however few.
     */
    private boolean themeWord(String word) {
        Set<String> wordStems = stems(word);
        Set<String> alone = Set.of(word);
        return themes.stream().anyMatch(theme -> theme.mentionedBy(alone, wordStems));
    }

    private static boolean countable(String word) {
        if (word.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        if (word.codePoints().filter(Character::isLetter).count() < MIN_WORD_LETTERS) {
            return false;
        }
        return !STOP_WORDS.contains(word);
    }

    /** The distinct FinnishAnalyzer stems of a text (lower-cased, stop words removed, Snowball-stemmed). */
    private static Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        try (TokenStream tokens = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                stems.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string cannot fail", e);
        }
        return stems;
    }

    /** Reads a lexicon in {@code .properties} form (UTF-8): {@code theme = word, word, prefix*}. */
    public static Map<String, List<String>> loadLexicon(String resource) {
        try (InputStream in = OpenAnswers.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("theme lexicon not found: " + resource);
            }
            return parseLexicon(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read theme lexicon " + resource, e);
        }
    }

    /** Reads theme labels in {@code .properties} form (UTF-8): {@code theme.language = label}. */
    public static Map<String, Map<String, String>> loadLabels(String resource) {
        try (InputStream in = OpenAnswers.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("theme labels not found: " + resource);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Map<String, String>> labels = new TreeMap<>();
            for (String key : properties.stringPropertyNames()) {
                int dot = key.lastIndexOf('.');
                if (dot <= 0) {
                    throw new IllegalArgumentException("theme label key must be theme.language: " + key);
                }
                labels.computeIfAbsent(key.substring(0, dot).strip(), k -> new TreeMap<>())
                        .put(key.substring(dot + 1).strip(), properties.getProperty(key).strip());
            }
            labels.replaceAll((theme, byLanguage) -> Collections.unmodifiableMap(byLanguage));
            return Collections.unmodifiableMap(labels);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read theme labels " + resource, e);
        }
    }

    /** Parses a lexicon in {@code .properties} form: {@code theme = word, word, prefix*}. */
    public static Map<String, List<String>> parseLexicon(Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        Map<String, List<String>> lexicon = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            List<String> words = new ArrayList<>();
            for (String word : properties.getProperty(key).split(",")) {
                if (!word.isBlank()) {
                    words.add(word.strip());
                }
            }
            lexicon.put(key.strip(), List.copyOf(words));
        }
        return Collections.unmodifiableMap(lexicon);
    }

    /** One theme with its lexicon reduced to stems and prefixes. */
    private record Theme(String key, Set<String> stems, List<String> prefixes) {

        static Theme of(String key, List<String> words) {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("theme key must not be blank");
            }
            if (words == null || words.isEmpty()) {
                throw new IllegalArgumentException("theme " + key + " has no words");
            }
            Set<String> stems = new HashSet<>();
            List<String> prefixes = new ArrayList<>();
            for (String word : words) {
                String entry = word.strip().toLowerCase(FINNISH);
                if (entry.endsWith("*")) {
                    String prefix = entry.substring(0, entry.length() - 1);
                    if (prefix.codePoints().count() < MIN_WORD_LETTERS || !WORD.matcher(prefix).matches()) {
                        throw new IllegalArgumentException("theme " + key + ": prefix '" + word
                                + "' must be a single word of at least " + MIN_WORD_LETTERS + " letters");
                    }
                    prefixes.add(prefix);
                } else {
                    Set<String> wordStems = OpenAnswers.stems(entry);
                    if (wordStems.size() != 1) {
                        throw new IllegalArgumentException("theme " + key + ": '" + word
                                + "' is a stop word or more than one word, so it would never match as intended");
                    }
                    stems.addAll(wordStems);
                }
            }
            return new Theme(key, Set.copyOf(stems), List.copyOf(prefixes));
        }

        boolean mentionedBy(Set<String> words, Set<String> textStems) {
            for (String stem : stems) {
                if (textStems.contains(stem)) {
                    return true;
                }
            }
            for (String word : words) {
                for (String prefix : prefixes) {
                    if (word.startsWith(prefix)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * The digest of one group's open answers.
     *
     * @param suppressed true when fewer than {@link Suppression#MIN_ANSWERS} non-blank texts were given
     * @param answers the number of non-blank texts; {@code null} when suppressed
     * @param words words used in at least {@value OpenAnswers#MIN_WORD_TEXTS} answers whose count may be shown, most
     *        used first; {@code null} when suppressed
     * @param themes every theme of the lexicon with the number of answers mentioning it, most mentioned first, withheld
     *        counts last; {@code null} when suppressed
     */
    public record Report(boolean suppressed, Long answers, List<WordCount> words, List<ThemeCount> themes) {

        /** The digest of a group that may not be shown. */
        public static final Report SUPPRESSED = new Report(true, null, null, null);
    }

    /**
     * A word and the number of answers that use it in exactly this (lower-case) form.
     *
     * @param word the word in lower case
     * @param count the number of answers containing it (an answer counts once however often it repeats the word)
     */
    public record WordCount(String word, long count) {
    }

    /**
     * A theme and the number of answers that mention it.
     *
     * @param theme the theme key from the lexicon, e.g. {@code waiting}
     * @param labels the theme's name by language ({@code fi}, {@code sv}, {@code en}), as survey texts are given
     * @param count the number of answers mentioning the theme at least once; {@code null} when withheld because it,
     *        or the answers not mentioning the theme, would describe fewer than {@link Suppression#MIN_ANSWERS} answers
     */
    public record ThemeCount(String theme, Map<String, String> labels, Long count) {
    }
}
