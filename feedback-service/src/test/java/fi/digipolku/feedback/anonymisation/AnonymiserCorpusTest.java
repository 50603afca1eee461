package fi.digipolku.feedback.anonymisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The anonymiser on the annotated corpus ({@link CorpusEvaluation}): the tuning set ({@code tuning-*.txt}, 1,120
 * texts: 80 % Finnish, 10 % Swedish, 10 % English) and, separately, the held-apart set ({@code held-apart.txt}, 300
 * texts written apart and never tuned on). The figures per category and language are printed.
 */
class AnonymiserCorpusTest {

    static final String[] TUNING = {"tuning-a.txt", "tuning-b.txt", "tuning-c.txt", "tuning-d.txt"};
    static final String HELD_APART = "held-apart.txt";

    private static final Anonymiser ANONYMISER = new Anonymiser();

    /** Names found, on each set. */
    private static final double NAME_RECALL = 0.95;
    /** Ordinary words kept (a name finder that removes too much makes feedback unreadable). */
    private static final double WORDS_KEPT = 0.95;

    @AfterAll
    static void close() {
        ANONYMISER.close();
    }

    @Test
    void tuningSet() {
        assertTargets(CorpusEvaluation.evaluate(ANONYMISER, CorpusEvaluation.read(TUNING)), "tuning set", true);
    }

    @Test
    void heldApartSet() {
        // Only figures: what it misses is not to be looked at, or the set would be tuned on after all.
        assertTargets(CorpusEvaluation.evaluate(ANONYMISER, CorpusEvaluation.read(HELD_APART)), "held-apart set",
                false);
    }

    private static void assertTargets(CorpusEvaluation.Result result, String set, boolean showMisses) {
        System.out.println(result.table("Anonymiser on the " + set));
        for (String category : result.byCategory().keySet()) {
            CorpusEvaluation.Count count = result.category(category);
            double target = category.equals("NAME") ? NAME_RECALL : 1.0;
            assertThat(count.recall()).as("%s recall on the %s; missed: %s", category, set,
                    showMisses ? missed(result, category) : "-").isGreaterThanOrEqualTo(target);
        }
        assertThat(result.allWords().recall()).as("ordinary words kept on the %s; removed: %s", set,
                showMisses ? missed(result, "WRONG") : "-").isGreaterThanOrEqualTo(WORDS_KEPT);
    }

    private static List<String> missed(CorpusEvaluation.Result result, String prefix) {
        return result.missed().stream().filter(m -> m.startsWith(prefix)).limit(40).toList();
    }
}
