package fi.digipolku.feedback.anonymisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * First names and surnames beyond those Voikko knows: Finland-Swedish, English and the names of Finland's larger
 * immigrant groups, from the sources listed in {@code src/build/names/SOURCES.md} ({@code anonymisation/names.tsv},
 * built by {@code src/build/names/generate.py}; about 220,000 names). Loaded once; immutable and thread-safe.
 * <p>
 * A foreign name in a Finnish text takes Finnish endings ("Ahmedille", "Svetlanan", "Nguyenilta", "Tom:lle"): a word
 * not found as written is looked up again without a case ending and the vowel that joins one to a consonant.
 */
final class NameList {

    /**
     * What the list says of a name.
     *
     * @param firstName listed as a first name
     * @param surname listed as a surname
     * @param ordinaryToo also an ordinary word in Finnish, Swedish or English (or two letters long)
     * @param baseForm the name as listed, lower-cased
     */
    record Known(boolean firstName, boolean surname, boolean ordinaryToo, String baseForm) {
    }

    private static final String RESOURCE = "/anonymisation/names.tsv";

    /** Case endings and clitics, longest first, that Finnish puts on a foreign name. */
    private static final List<String> ENDINGS = List.of("llekin", "lläkin", "llakin", "kaan", "kään", "ksi", "lle",
            "lla", "llä", "lta", "ltä", "ssa", "ssä", "sta", "stä", "kin", "han", "hen", "hin", "hon", "hun", "hyn",
            "iin", "na", "nä", "ta", "tä", "an", "en", "in", "on", "un", "yn", "n", "a", "ä", "t", "s");

    private static final byte FIRST = 1;
    private static final byte SURNAME = 2;
    private static final byte ORDINARY = 4;

    /** Lower-cased name → its kinds (FIRST, SURNAME, ORDINARY bits): a Byte per name is a shared instance. */
    private final Map<String, Byte> names;

    private NameList(Map<String, Byte> names) {
        this.names = names;
    }

    static NameList bundled() {
        InputStream in = NameList.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        Map<String, Byte> names = new HashMap<>(400_000);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                int second = line.indexOf('\t', tab + 1);
                if (tab < 0 || second < 0) {
                    continue;
                }
                String name = line.substring(0, tab);
                String kind = line.substring(tab + 1, second);
                boolean ordinary = line.charAt(second + 1) == 'c';
                // kind n: a list of names that does not say which
                byte bits = (byte) ((kind.contains("f") ? FIRST : 0) | (kind.contains("l") ? SURNAME : 0)
                        | (ordinary ? ORDINARY : 0));
                names.merge(name.toLowerCase(Locale.ROOT), bits, (a, b) -> (byte) (a | b));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NameList(Map.copyOf(names));
    }

    /** The name a word is a form of, or null. Case does not matter ({@code pirkko}, {@code PIRKKO}). */
    Known find(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Byte bits = names.get(lower);
        if (bits != null) {
            return known(lower, bits);
        }
        for (String stem : stems(lower)) {
            bits = names.get(stem);
            if (bits != null) {
                return known(stem, bits);
            }
        }
        return null;
    }

    private static Known known(String name, byte bits) {
        return new Known((bits & FIRST) != 0, (bits & SURNAME) != 0, (bits & ORDINARY) != 0, name);
    }

    /**
     * What a lower-cased word may be without a Finnish case ending (or a Swedish genitive -s), longest ending first:
     * Ahmed+i+lle, Nguyen+i+ltä (a vowel joins the ending to a consonant), Tom:+lle, Noel+s; stems of at least three
     * letters.
     */
    static List<String> stems(String lower) {
        List<String> stems = new ArrayList<>(4);
        for (String ending : ENDINGS) {
            if (lower.length() - ending.length() < 3 || !lower.endsWith(ending)) {
                continue;
            }
            String stem = lower.substring(0, lower.length() - ending.length());
            stems.add(stem);
            if (stem.length() > 3 && (stem.endsWith("i") || stem.endsWith(":"))) {
                stems.add(stem.substring(0, stem.length() - 1));
            }
        }
        return stems;
    }
}
