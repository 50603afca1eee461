package fi.digipolku.feedback.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The national small-group rule for client feedback: no published figure, alone or combined with others, describes
 * fewer than {@value #MIN_ANSWERS} answers.
 *
 * <p>
 * <b>Groups.</b> A group (a cell, see {@link Disclosure}) with fewer than {@value #MIN_ANSWERS} answers is not reported
 * at all. Its size is not shown either, because "4 answers" already tells a care team more than the rule allows about
 * who answered. Reports therefore carry {@code suppressed = true} and leave the answer count and every figure
 * {@code null}; a {@code null} count can never be mistaken for a real one, as a zero could.
 *
 * <p>
 * <b>Figures over a shown group.</b> A figure computed from fewer than {@value #MIN_ANSWERS} answers (say, the mean of
 * a statement that only three respondents answered) is left out. Figures computed over at least that many answers (the
 * NPS score, the means) are shown.
 *
 * <p>
 * <b>Counts inside a shown group.</b> A count of 1–9 answers (an NPS value, promoters, passives or detractors, what the
 * anonymiser removed) is withheld as {@code null}; 0 describes nobody and is shown. Withholding alone is not enough
 * when the counts are parts of a shown total: with every other part shown, the total minus the shown parts would give
 * the withheld one back. So whenever the withheld parts of a shown total add up to 1–9 (in particular when exactly one
 * part is withheld), the smallest other non-zero part is withheld too, and again until the withheld parts add up to at
 * least {@value #MIN_ANSWERS}: no withheld count, nor their sum, can be derived by subtraction. A withheld total whose
 * non-zero parts are all shown would be their sum, so one of them is withheld as well ({@link #shownCounts}).
 *
 * <p>
 * <b>Lists.</b> A word or theme is listed only when at least {@value #MIN_ANSWERS} answers use it
 * ({@link #listed(long)}); a rarer one is not published at all, not even its existence.
 */
public final class Suppression {

    /** The smallest group that may be reported. */
    public static final int MIN_ANSWERS = 10;

    private Suppression() {
    }

    /** True when a group of this many answers must not be reported. */
    public static boolean suppressed(long answers) {
        return answers < MIN_ANSWERS;
    }

    /** A count inside a shown group as it may be shown: itself when 0 or at least ten, else {@code null}. */
    public static Long shownCount(long count) {
        return count == 0 || count >= MIN_ANSWERS ? count : null;
    }

    /** True when a word or theme used by this many answers may be listed. */
    public static boolean listed(long answers) {
        return answers >= MIN_ANSWERS;
    }

    /**
     * Counts whose parts add up to a shown total.
     *
     * @param total the index of the count the parts add up to, or {@code -1} when they add up to the shown group
     * @param parts the indexes of the parts
     */
    public record Partition(int total, int... parts) {

        public Partition {
            parts = parts.clone();
        }

        /** Parts that add up to the whole shown group. */
        public static Partition ofGroup(int... parts) {
            return new Partition(-1, parts);
        }
    }

    /**
     * Counts inside a shown group as they may be shown: each 1–9 withheld, then further counts withheld until, for
     * every partition whose total is shown, the withheld parts add up to 0 or at least {@value #MIN_ANSWERS}, and
     * every withheld total has a withheld non-zero part.
     *
     * @param counts the counts
     * @param partitions which counts add up to which
     * @return the counts, {@code null} where withheld
     */
    public static List<Long> shownCounts(long[] counts, List<Partition> partitions) {
        boolean[] shown = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            shown[i] = shownCount(counts[i]) != null;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Partition partition : partitions) {
                boolean totalShown = partition.total() < 0 || shown[partition.total()];
                long withheld = Arrays.stream(partition.parts()).filter(i -> !shown[i]).mapToLong(i -> counts[i]).sum();
                boolean derivable = totalShown ? withheld > 0 && withheld < MIN_ANSWERS : withheld == 0;
                int smallest = smallestShownNonZero(counts, shown, partition.parts());
                if (derivable && smallest >= 0) {
                    shown[smallest] = false;
                    changed = true;
                }
            }
        }
        List<Long> result = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            result.add(shown[i] ? counts[i] : null);
        }
        return result;
    }

    private static int smallestShownNonZero(long[] counts, boolean[] shown, int[] parts) {
        int smallest = -1;
        for (int i : parts) {
            if (shown[i] && counts[i] > 0 && (smallest < 0 || counts[i] < counts[smallest])) {
                smallest = i;
            }
        }
        return smallest;
    }
}
