package fi.digipolku.feedback.anonymisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The anonymiser measured on an annotated corpus ({@code src/test/resources/anonymisation/corpus/}): one text per
 * line, {@code <lang>\t<text>}, personal data written as {@code {{CATEGORY|surface}}}. The anonymised text is aligned
 * back to the original (every marker stands for one removed stretch), and then
 * <ul>
 * <li>a marked span is <em>found</em> when every letter and digit of it was removed (under any marker: a name taken as
 * a number is gone all the same);</li>
 * <li>a removed stretch is <em>right</em> when it overlaps a marked span (numbers are removed whether marked or not,
 * by design, so their precision is not meaningful);</li>
 * <li>an ordinary word (letters only, outside every marked span) is <em>kept</em> when none of it was removed.</li>
 * </ul>
 */
public final class CorpusEvaluation {

    private static final Pattern SPAN = Pattern.compile("\\{\\{([A-Z_]+)\\|([^}]*)}}");
    private static final Pattern MARKER = Pattern
            .compile("\\[(HETU|EMAIL|PUHELIN|IP|SIJAINTI|OSOITE|POSTINUMERO|NIMI|NUMERO)]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’-][\\p{L}\\p{M}]+)*");

    /** One annotated text. */
    record Text(String language, String text, List<Gold> spans) {
    }

    /** A marked span of personal data. */
    record Gold(int start, int end, Category category) {
    }

    /** Counts of one category (or of ordinary words) in one language. */
    static final class Count {
        int marked;
        int found;
        int removed;
        int right;

        double recall() {
            return marked == 0 ? 1 : (double) found / marked;
        }

        double precision() {
            return removed == 0 ? 1 : (double) right / removed;
        }
    }

    /** The figures of one run: per category and language, and ordinary words kept per language. */
    record Result(Map<String, Map<String, Count>> byCategory, Map<String, Count> words, List<String> missed) {

        Count category(String category) {
            Count all = new Count();
            byCategory.getOrDefault(category, Map.of()).values().forEach(c -> {
                all.marked += c.marked;
                all.found += c.found;
                all.removed += c.removed;
                all.right += c.right;
            });
            return all;
        }

        Count allWords() {
            Count all = new Count();
            words.values().forEach(c -> {
                all.marked += c.marked;
                all.found += c.found;
            });
            return all;
        }

        String table(String title) {
            StringBuilder out = new StringBuilder(title).append('\n');
            out.append(String.format(Locale.ROOT, "%-14s %-4s %7s %7s %8s %8s %10s%n", "category", "lang", "marked",
                    "found", "recall", "removed", "precision"));
            byCategory.forEach((category, languages) -> {
                languages.forEach((language, c) -> out.append(String.format(Locale.ROOT,
                        "%-14s %-4s %7d %7d %7.1f%% %8d %9s%n", category, language, c.marked, c.found,
                        100 * c.recall(), c.removed, category.equals("NUMBER")
                                ? "-"
                                : String.format(Locale.ROOT, "%.1f%%", 100 * c.precision()))));
            });
            words.forEach((language, c) -> out.append(String.format(Locale.ROOT,
                    "%-14s %-4s %7d %7d %7.1f%% (kept)%n", "ordinary words", language, c.marked, c.found,
                    100 * c.recall())));
            return out.toString();
        }
    }

    private CorpusEvaluation() {
    }

    /**
     * Prints the figures of the corpus files named (default: the tuning set) and, with {@code --misses}, what was
     * missed or removed wrongly, to tune on. Never on the held-apart set: what it misses is not to be looked at.
     */
    public static void main(String[] args) {
        boolean misses = List.of(args).contains("--misses");
        String[] files = List.of(args).stream().filter(a -> !a.startsWith("--")).toArray(String[]::new);
        if (files.length == 0) {
            files = AnonymiserCorpusTest.TUNING;
        }
        if (misses && List.of(files).contains(AnonymiserCorpusTest.HELD_APART)) {
            throw new IllegalArgumentException("the held-apart set's misses are not shown");
        }
        try (Anonymiser anonymiser = new Anonymiser()) {
            Result result = evaluate(anonymiser, read(files));
            System.out.println(result.table("Anonymiser on " + String.join(", ", files)));
            if (misses) {
                result.missed().forEach(System.out::println);
            }
        }
    }

    /** The texts of the corpus files named (resources under {@code /anonymisation/corpus/}). */
    static List<Text> read(String... files) {
        List<Text> texts = new ArrayList<>();
        for (String file : files) {
            String resource = "/anonymisation/corpus/" + file;
            InputStream in = CorpusEvaluation.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalArgumentException("no corpus file " + resource);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isBlank()) {
                        texts.add(parse(line));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }

    static Text parse(String line) {
        int tab = line.indexOf('\t');
        String language = line.substring(0, tab);
        String annotated = line.substring(tab + 1);
        StringBuilder text = new StringBuilder();
        List<Gold> spans = new ArrayList<>();
        Matcher m = SPAN.matcher(annotated);
        int last = 0;
        while (m.find()) {
            text.append(annotated, last, m.start());
            int start = text.length();
            text.append(m.group(2));
            spans.add(new Gold(start, text.length(), Category.valueOf(m.group(1))));
            last = m.end();
        }
        text.append(annotated.substring(last));
        return new Text(language, text.toString(), spans);
    }

    static Result evaluate(Anonymiser anonymiser, List<Text> texts) {
        Map<String, Map<String, Count>> byCategory = new TreeMap<>();
        Map<String, Count> words = new TreeMap<>();
        List<String> missed = new ArrayList<>();
        for (Text text : texts) {
            String output = anonymiser.anonymise(text.text()).text();
            List<int[]> removed = new ArrayList<>();
            List<Category> removedAs = new ArrayList<>();
            align(text.text(), output, removed, removedAs);
            boolean[] gone = new boolean[text.text().length()];
            for (int[] r : removed) {
                for (int p = r[0]; p < r[1]; p++) {
                    gone[p] = true;
                }
            }
            boolean[] marked = new boolean[text.text().length()];
            for (Gold gold : text.spans()) {
                Count count = count(byCategory, gold.category().name(), text.language());
                count.marked++;
                boolean found = true;
                for (int p = gold.start(); p < gold.end(); p++) {
                    marked[p] = true;
                    if (Character.isLetterOrDigit(text.text().charAt(p)) && !gone[p]) {
                        found = false;
                    }
                }
                if (found) {
                    count.found++;
                } else {
                    missed.add(gold.category() + " " + text.language() + " «"
                            + text.text().substring(gold.start(), gold.end()) + "» in: " + output);
                }
            }
            for (int i = 0; i < removed.size(); i++) {
                int[] r = removed.get(i);
                Count count = count(byCategory, removedAs.get(i).name(), text.language());
                count.removed++;
                boolean right = false;
                for (int p = r[0]; p < r[1] && !right; p++) {
                    right = marked[p];
                }
                if (right) {
                    count.right++;
                } else if (removedAs.get(i) != Category.NUMBER) {
                    missed.add("WRONG " + removedAs.get(i) + " " + text.language() + " «"
                            + text.text().substring(r[0], r[1]) + "» in: " + output);
                }
            }
            Matcher word = WORD.matcher(text.text());
            while (word.find()) {
                boolean inside = false;
                boolean touched = false;
                for (int p = word.start(); p < word.end(); p++) {
                    inside |= marked[p];
                    touched |= gone[p];
                }
                if (inside) {
                    continue;
                }
                Count count = words.computeIfAbsent(text.language(), l -> new Count());
                count.marked++;
                if (!touched) {
                    count.found++;
                }
            }
        }
        return new Result(byCategory, words, missed);
    }

    private static Count count(Map<String, Map<String, Count>> byCategory, String category, String language) {
        return byCategory.computeIfAbsent(category, c -> new TreeMap<>()).computeIfAbsent(language,
                l -> new Count());
    }

    /**
     * Which stretches of {@code original} the markers of {@code output} stand for: the output's text between markers
     * must stand in the original as written, each marker for at least one character.
     */
    private static void align(String original, String output, List<int[]> removed, List<Category> removedAs) {
        StringBuilder regex = new StringBuilder();
        List<Category> categories = new ArrayList<>();
        Matcher m = MARKER.matcher(output);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(output.substring(last, m.start()))).append("(.+?)");
            categories.add(category(m.group()));
            last = m.end();
        }
        regex.append(Pattern.quote(output.substring(last)));
        Matcher aligned = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(original);
        if (!aligned.matches()) {
            throw new IllegalStateException("the anonymised text does not align with its original: " + output);
        }
        for (int g = 1; g <= aligned.groupCount(); g++) {
            removed.add(new int[]{aligned.start(g), aligned.end(g)});
            removedAs.add(categories.get(g - 1));
        }
    }

    private static Category category(String marker) {
        for (Category category : Category.values()) {
            if (category.marker().equals(marker)) {
                return category;
            }
        }
        throw new IllegalArgumentException(marker);
    }
}
