package fi.digipolku.feedback.anonymisation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Throughput and latency of {@link Anonymiser#anonymise(String)} on realistic feedback texts of about 1,000
 * characters, each with several kinds of personal data, then recall and precision per category and language on the
 * annotated corpus ({@link CorpusEvaluation}: the tuning set and, apart, the held-apart set). Not a test: run it on demand, e.g.
 *
 * <pre>
 * ./mvnw -q -pl feedback-service test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=fi.digipolku.feedback.anonymisation.AnonymiserBenchmark
 * </pre>
 *
 * Optional arguments: the number of measured texts (default 20,000) and of warm-up texts (default 5,000). The texts
 * are generated from a fixed seed, so runs are comparable. One thread; the figures are per core. Besides wall-clock
 * throughput and latency it prints the thread's CPU time per text, which other load on the machine does not inflate.
 */
public final class AnonymiserBenchmark {

    private static final String[] OPENINGS = {"Hyvä vastaanotto, kiitos.", "Palaute käynnistä terveysasemalla.",
            "Haluan antaa palautetta viime viikon käynnistä.", "Kiitos hyvästä hoidosta!",
            "Olen ollut asiakkaana jo pitkään."};

    private static final String[] ORDINARY = {
            "Hoitaja oli ystävällinen ja vastasi kysymyksiini nopeasti, vaikka odotushuone oli täynnä.",
            "Ajanvaraus toimi tällä kertaa hyvin, mutta puhelinjonossa meni silti aikaa.",
            "Tuuli oli kova ja pysäköintipaikalta oli pitkä matka sisäänkäynnille.",
            "Kesällä vastaanotto oli suljettu, joten jouduin menemään päivystykseen.",
            "Onneksi sain ajan jo samalle päivälle ja asia hoitui kerralla kuntoon.",
            "Lääkäri kuunteli ja selitti hoitosuunnitelman selkeästi, mikä rauhoitti minua.",
            "Digitaalinen hoitopolku oli selkeä ja muistutukset tulivat ajallaan.",
            "Ohjeet olivat kuitenkin osin ristiriitaisia, ja jouduin soittamaan uudelleen.",
            "Toivon, että jatkossa tiedotteet lähetetään myös tekstiviestinä.",
            "Kaiken kaikkiaan olen tyytyväinen saamaani palveluun ja suosittelen sitä muillekin."};

    private static final String[] FIRST = {"Matti", "Anna", "Pekka", "Tuuli", "Sanna", "Jukka", "Aino", "Mikko"};
    private static final String[] LAST = {"Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Laine", "Heikkinen",
            "Koskinen", "Järvinen"};
    private static final String[] FIRST_ALLATIVE = {"Matille", "Annalle", "Pekalle", "Tuulille", "Sannalle",
            "Jukalle", "Ainolle", "Mikolle"};
    private static final String[] LAST_ALLATIVE = {"Virtaselle", "Korhoselle", "Mäkiselle", "Niemiselle",
            "Laineelle", "Heikkiselle", "Koskiselle", "Järviselle"};
    private static final String[] STREETS = {"Hämeenkatu", "Mannerheimintie", "Koivukuja", "Rantapolku",
            "Kauppakatu", "Pihlajatie"};
    /** The names marked in the tuning corpus, as written there. */
    private static final String[] CORPUS_NAMES = CorpusEvaluation.read(AnonymiserCorpusTest.TUNING).stream()
            .flatMap(text -> text.spans().stream().filter(span -> span.category() == Category.NAME)
                    .map(span -> text.text().substring(span.start(), span.end())))
            .distinct().toArray(String[]::new);
    private static final String[] TOWNS = {"33100 Tampere", "00100 Helsinki", "40100 Jyväskylä", "90100 Oulu"};

    private AnonymiserBenchmark() {
    }

    public static void main(String[] args) {
        int measured = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        Random random = new Random(20_251_122L);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            texts.add(text(random));
        }
        int[] bytes = texts.stream().mapToInt(t -> t.getBytes(StandardCharsets.UTF_8).length).toArray();
        double averageChars = texts.stream().mapToInt(String::length).average().orElse(0);

        long started = System.nanoTime();
        Anonymiser anonymiser = new Anonymiser();
        double constructionMs = (System.nanoTime() - started) / 1e6;

        long sink = 0;
        for (int i = 0; i < warmUp; i++) {
            sink += anonymiser.anonymise(texts.get(i % texts.size())).totalRemoved();
        }

        long[] latencies = new long[measured];
        long totalBytes = 0;
        long removed = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuBegin = threads.getCurrentThreadCpuTime();
        long begin = System.nanoTime();
        for (int i = 0; i < measured; i++) {
            int index = i % texts.size();
            String text = texts.get(index);
            long t0 = System.nanoTime();
            Anonymised result = anonymiser.anonymise(text);
            latencies[i] = System.nanoTime() - t0;
            removed += result.totalRemoved();
            totalBytes += bytes[index];
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuBegin) / 1e9;
        Arrays.sort(latencies);

        System.out.printf(Locale.ROOT, "anonymiser construction: %.1f ms%n", constructionMs);
        System.out.printf(Locale.ROOT, "texts: %d measured after %d warm-up, %.0f characters on average%n", measured,
                warmUp, averageChars);
        System.out.printf(Locale.ROOT, "removed per text: %.1f%n", (double) removed / measured);
        System.out.printf(Locale.ROOT, "throughput: %.0f texts/s, %.2f MB/s (UTF-8 input)%n", measured / seconds,
                totalBytes / seconds / 1e6);
        // On a shared machine wall-clock figures include waiting for a core; CPU time per text does not.
        System.out.printf(Locale.ROOT, "CPU time: %.1f us per text (%.0f texts per CPU second)%n",
                cpuSeconds * 1e6 / measured, measured / cpuSeconds);
        System.out.printf(Locale.ROOT, "latency: p50 %.1f us, p95 %.1f us, p99 %.1f us, max %.1f us%n",
                percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99),
                latencies[latencies.length - 1] / 1e3);
        if (sink < 0) {
            System.out.println(sink);
        }
        System.out.println();
        System.out.println(CorpusEvaluation.evaluate(anonymiser, CorpusEvaluation.read(AnonymiserCorpusTest.TUNING))
                .table("Recall and precision on the tuning set (1,120 texts)"));
        System.out.println(CorpusEvaluation.evaluate(anonymiser,
                CorpusEvaluation.read(AnonymiserCorpusTest.HELD_APART))
                .table("Recall and precision on the held-apart set (300 texts, never tuned on)"));
        anonymiser.close();
    }

    /** One feedback text of about 1,000 characters: ordinary sentences with personal data in between. */
    static String text(Random random) {
        StringBuilder text = new StringBuilder(1_200);
        text.append(pick(random, OPENINGS)).append(' ');
        int piece = 0;
        while (text.length() < 950) {
            text.append(pick(random, ORDINARY)).append(' ');
            text.append(personal(random, piece++)).append(' ');
        }
        return text.toString().strip();
    }

    private static String personal(Random random, int which) {
        String first = pick(random, FIRST);
        String last = pick(random, LAST);
        return switch (which % 10) {
            case 0 -> "Nimeni on " + first + " " + last + " ja hetuni on " + identityCode(random) + ".";
            case 1 -> "Soittakaa minulle numeroon 040 " + digits(random, 3) + " " + digits(random, 4)
                    + " tai puolisolleni +358 50 " + digits(random, 7) + ".";
            case 2 -> "Asun osoitteessa " + pick(random, STREETS) + " " + (1 + random.nextInt(80)) + " B "
                    + (1 + random.nextInt(40)) + ", " + pick(random, TOWNS) + ".";
            case 3 -> "Sähköpostini on " + first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT)
                    + "@example.fi, vastatkaa sinne.";
            case 4 -> "Lääkäri " + pick(random, LAST) + " ja hoitaja " + pick(random, FIRST) + " olivat paikalla "
                    + (1 + random.nextInt(28)) + "." + (1 + random.nextInt(12)) + ".2025 klo 14.30.";
            case 5 -> "Sovellus kaatui, kun yhteys oli 192.168." + random.nextInt(256) + "." + random.nextInt(256)
                    + " kautta.";
            case 6 -> "Kaaduin kohdassa 60." + digits(random, 4) + ", 24." + digits(random, 4) + " ja jonotin "
                    + (10 + random.nextInt(120)) + " minuuttia.";
            case 7 -> "Kiitos sairaanhoitaja " + pick(random, LAST_ALLATIVE) + " ja " + pick(random, FIRST_ALLATIVE)
                    + " avusta.";
            // names as clients write them (the corpus's, inflected, from many languages): most are not in the
            // pools above, and a name Voikko and the lists do not know is analysed again each time
            case 8 -> "Hoitaja " + pick(random, CORPUS_NAMES) + " soitti eilen, ja " + pick(random, CORPUS_NAMES)
                    + " kävi kotona.";
            default -> "Terveisin " + pick(random, CORPUS_NAMES) + ".";
        };
    }

    private static String identityCode(Random random) {
        String digits = String.format(Locale.ROOT, "%02d%02d%02d", 1 + random.nextInt(28), 1 + random.nextInt(12),
                random.nextInt(100));
        String serial = String.format(Locale.ROOT, "%03d", 2 + random.nextInt(898));
        char check = "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt((int) (Long.parseLong(digits + serial) % 31));
        return digits + "-ABCDEF".charAt(random.nextInt(7)) + serial + check;
    }

    private static String digits(Random random, int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static double percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e3;
    }
}
