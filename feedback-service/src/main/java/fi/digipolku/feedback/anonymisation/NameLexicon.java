package fi.digipolku.feedback.anonymisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every written form of the known first names and surnames, mapped to what kind of name it is.
 * <p>
 * Finnish names are inflected ("Virtanen" becomes "Virtaselle", "Pekka" becomes "Pekan"), so matching only the base
 * form would let most mentions through. Instead of a morphological analyser, each base form is expanded once, at
 * start-up, into the forms a feedback writer realistically uses: the base form and the stems the name's ending calls
 * for (-nen surnames: Virtase-/Virtas-; consonant gradation: Pekka → Peka-, Virta → Virra-, Lahti → Lahde-; e-stems of
 * surnames in -i: Mäki → Mäe-, Niemi → Nieme-; consonant-final names: Mikael → Mikaeli-), each with the common case
 * endings and clitics. Lookup is then one hash probe per capitalised word. The expansion overgenerates harmlessly:
 * a non-existent form such as "Pekkalle" is never written and so never matched.
 * <p>
 * The lists are bundled resources under {@code anonymisation/}: {@code first-names.txt}, {@code last-names.txt},
 * {@code common-word-names.txt} (names that are also ordinary words, removed only in a name context at the start of a
 * sentence) and {@code place-names.txt} (names that are also places, removed only next to a name or after a title).
 * Immutable after construction and safe to share between threads.
 */
final class NameLexicon {

    /**
     * What one written form can be. When several names produce the same form, it is a first name or surname if any
     * of them is, and it is a common word or a place only if all of them are (a real name wins over an ambiguity).
     *
     * @param firstName a form of a first name
     * @param lastName a form of a surname
     * @param commonWord every name it comes from is also an ordinary word
     * @param place every name it comes from is also a place
     * @param baseForm the form is the uninflected name itself
     */
    record Entry(boolean firstName, boolean lastName, boolean commonWord, boolean place, boolean baseForm) {

        /** Neither an ordinary word nor a place: a capitalised occurrence is a name wherever it stands. */
        boolean unambiguous() {
            return !commonWord && !place;
        }

        Entry merge(Entry other) {
            return new Entry(firstName || other.firstName, lastName || other.lastName, commonWord && other.commonWord,
                    place && other.place, baseForm || other.baseForm);
        }
    }

    /**
     * Generated forms of unambiguous names that are ordinary words, "Ainoa" (the only one, from Aino) above all. Kept
     * out of the lexicon altogether. (Forms of names listed as common words, such as "Toivon" or "Annan", stay: the
     * common-word rule already keeps them at the start of a sentence, and in mid-sentence they are names.)
     */
    private static final Set<String> NOT_NAMES = Set.of("Ainoa", "Ainoat", "Ainoaa");

    private static final String RESOURCE_DIR = "/anonymisation/";

    /** Endings after the strong (unchanged) stem: genitive, partitive, essive, translative, local cases, clitics. */
    private static final List<String> ENDINGS = List.of("n", "a", "ä", "na", "nä", "ksi", "lle", "lla", "llä", "lta",
            "ltä", "ssa", "ssä", "sta", "stä", "kin", "kaan", "kään", "han", "hän", "nkin", "llekin", "lläkin",
            "llakin");

    /** Endings after a weak-grade stem (closed syllable): Peka+n, Mati+lle, Virra+lla. */
    private static final List<String> WEAK_ENDINGS = List.of("n", "ksi", "lle", "lla", "llä", "lta", "ltä", "ssa",
            "ssä", "sta", "stä", "nkin", "llekin", "t");

    /** Endings of the -se- stem of -nen surnames: Virtase+n, Virtase+lle, Virtase+en, Virtase+t. */
    private static final List<String> SE_ENDINGS = List.of("n", "lle", "lla", "llä", "lta", "ltä", "ssa", "ssä",
            "en", "ksi", "na", "nä", "t", "nkin", "llekin");

    /** Endings of the -s- stem of -nen surnames: Virtas+ta, and plurals Virtas+ille, Virtas+ten. */
    private static final List<String> S_ENDINGS = List.of("ta", "tä", "ten", "ille", "illa", "illä", "ilta", "iltä",
            "issa", "issä", "ista", "istä", "iin", "ia", "iä", "takin", "täkin");

    private final Map<String, Entry> forms;

    private NameLexicon(Map<String, Entry> forms) {
        this.forms = Map.copyOf(forms);
    }

    /** The lexicon built from the bundled resource lists. */
    static NameLexicon bundled() {
        return of(readList("first-names.txt"), readList("last-names.txt"), readList("common-word-names.txt"),
                readList("place-names.txt"));
    }

    /**
     * A lexicon of the given base forms.
     *
     * @param firstNames first names
     * @param lastNames surnames
     * @param commonWords those of the names above that are also ordinary words
     * @param places those of the names above that are also places
     */
    static NameLexicon of(Collection<String> firstNames, Collection<String> lastNames, Collection<String> commonWords,
            Collection<String> places) {
        Set<String> common = Set.copyOf(commonWords);
        Set<String> place = Set.copyOf(places);
        Map<String, Entry> forms = new HashMap<>();
        for (String name : firstNames) {
            add(forms, name, false, common.contains(name), place.contains(name));
        }
        for (String name : lastNames) {
            add(forms, name, true, common.contains(name), place.contains(name));
        }
        NOT_NAMES.forEach(forms::remove);
        return new NameLexicon(forms);
    }

    /** What {@code word} is, or null when it is no form of a known name. Case-sensitive. */
    Entry get(String word) {
        return forms.get(word);
    }

    int size() {
        return forms.size();
    }

    private static void add(Map<String, Entry> forms, String name, boolean surname, boolean common, boolean place) {
        for (String form : inflections(name, surname)) {
            Entry entry = new Entry(!surname, surname, common, place, form.equals(name));
            forms.merge(form, entry, Entry::merge);
        }
    }

    /**
     * The base form of {@code name} and the inflected forms derived from it.
     *
     * @param name a capitalised name in its base form
     * @param surname whether it is a surname (surnames in -i also get e-stems: Niemi → Niemen)
     */
    static Set<String> inflections(String name, boolean surname) {
        Set<String> out = new LinkedHashSet<>();
        out.add(name);
        int length = name.length();
        if (length < 2) {
            return out;
        }
        if (name.endsWith("nen") && length > 4) {
            String stem = name.substring(0, length - 3);
            addAll(out, stem + "se", SE_ENDINGS);
            addAll(out, stem + "s", S_ENDINGS);
            return out;
        }
        char last = name.charAt(length - 1);
        if (isVowel(last)) {
            addAll(out, name, ENDINGS);
            if (isVowel(name.charAt(length - 2))) {
                out.add(name + "ta");
                out.add(name + "tä");
            }
            boolean longVowel = name.charAt(length - 2) == last;
            out.add(longVowel ? name + "h" + last + "n" : name + last + "n");
            String weak = weakGrade(name);
            if (weak != null) {
                addAll(out, weak, WEAK_ENDINGS);
            }
            if (last == 'i' && surname) {
                String strongE = name.substring(0, length - 1) + "e";
                addAll(out, strongE, List.of("a", "ä", "en", "na", "nä"));
                addAll(out, weakEStem(name), WEAK_ENDINGS);
            }
            if (last == 'e') {
                String strong = name.endsWith("nne") ? name.substring(0, length - 3) + "nte" : name;
                addAll(out, strong + "e", List.of("n", "lle", "lla", "llä", "lta", "ltä", "ssa", "ssä", "ksi", "na",
                        "nä", "seen"));
                out.add(name + "tta");
                out.add(name + "ttä");
            }
        } else if (last == 's' && isVowel(name.charAt(length - 2))) {
            String stem = name.substring(0, length - 1);
            addAll(out, stem + "kse", List.of("n", "lle", "lla", "llä", "lta", "ltä", "ssa", "ssä", "en", "ksi", "na",
                    "nä", "nkin"));
            out.add(name + "ta");
            out.add(name + "tä");
            // Adjective-like names: Armas → Armaan, Kangas → Kankaan.
            char vowel = name.charAt(length - 2);
            String longStem = strongGrade(stem) + vowel;
            addAll(out, longStem, WEAK_ENDINGS);
        } else {
            addAll(out, name + "i", ENDINGS);
            out.add(name + "iin");
        }
        return out;
    }

    /**
     * The weak-grade stem of a vowel-final name, or null when its last syllable does not alternate: Pekka → Peka,
     * Matti → Mati, Virta → Virra, Ranta → Ranna, Pelto → Pello, Lehto → Lehdo, Honka → Honga, Satu → Sadu.
     */
    static String weakGrade(String name) {
        int length = name.length();
        if (length < 3) {
            return null;
        }
        String body = name.substring(0, length - 1);
        char vowel = name.charAt(length - 1);
        String weakBody = weakenCluster(body, false);
        return weakBody == null ? null : weakBody + vowel;
    }

    /** The weak e-stem of a surname in -i: Mäki → Mäe, Lahti → Lahde, Kurki → Kurje, Susi → Sude, Niemi → Nieme. */
    static String weakEStem(String name) {
        String body = name.substring(0, name.length() - 1);
        String weak = weakenCluster(body, true);
        return (weak == null ? body : weak) + "e";
    }

    private static String weakenCluster(String body, boolean eStem) {
        int n = body.length();
        if (n < 2) {
            return null;
        }
        char c1 = body.charAt(n - 2);
        char c2 = body.charAt(n - 1);
        String head = body.substring(0, n - 2);
        if (c1 == c2 && (c2 == 'k' || c2 == 'p' || c2 == 't')) {
            return head + c1;
        }
        String pair = "" + c1 + c2;
        switch (pair) {
            case "ht" :
                return head + "hd";
            case "lt" :
                return head + "ll";
            case "nt" :
                return head + "nn";
            case "rt" :
                return head + "rr";
            case "mp" :
                return head + "mm";
            case "nk" :
                return head + "ng";
            default :
                break;
        }
        if (eStem) {
            if (pair.equals("rk")) {
                return head + "rj";
            }
            if (pair.equals("lk")) {
                return head + "lj";
            }
            if (pair.equals("rp") || pair.equals("lp")) {
                return head + c1 + "v";
            }
            if (c2 == 'k' && isVowel(c1)) {
                return head + c1;
            }
            if (c2 == 's' && isVowel(c1)) {
                return head + c1 + "d";
            }
            return null;
        }
        if (c2 == 't' && isVowel(c1)) {
            return head + c1 + "d";
        }
        return null;
    }

    /** The strong grade of a consonant stem's last cluster: Kangas → Kankaa (ng → nk), Armas stays. */
    private static String strongGrade(String stem) {
        int n = stem.length();
        if (n >= 3 && stem.startsWith("ng", n - 3)) {
            return stem.substring(0, n - 3) + "nk" + stem.charAt(n - 1);
        }
        return stem;
    }

    private static void addAll(Set<String> out, String stem, List<String> endings) {
        for (String ending : endings) {
            out.add(stem + ending);
        }
    }

    private static boolean isVowel(char c) {
        return "aeiouyäöå".indexOf(c) >= 0;
    }

    private static List<String> readList(String file) {
        String path = RESOURCE_DIR + file;
        try (InputStream in = NameLexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            List<String> names = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String name = line.strip();
                    if (!name.isEmpty() && !name.startsWith("#")) {
                        names.add(name);
                    }
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
