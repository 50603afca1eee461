package fi.digipolku.metrics.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The national rule for numbers derived from clients' own answers: fewer than ten contributors shows nothing, and a
 * figure is shown only where every count it is computed from (each answer in one part) is 0 or at least ten, so that
 * it cannot be turned back into one client's answer (an NPS of 90.0 over ten answers names the one passive; a CES mean
 * of 6.9 over ten says that nine answered 7 and one 6).
 */
public final class Guard {

    public static final int MIN_CONTRIBUTORS = 10;

    private Guard() {
    }

    public static boolean suppressed(long contributors) {
        return contributors < MIN_CONTRIBUTORS;
    }

    /** True when a group may show how its answers split into these parts: none is 1–9. */
    public static boolean partitionShown(long... parts) {
        for (long part : parts) {
            if (part != 0 && suppressed(part)) {
                return false;
            }
        }
        return true;
    }

    /** A ratio, or null when there is nothing to divide by. */
    public static Double ratio(long part, long whole) {
        return whole <= 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
    }

    /**
     * Net Promoter Score, percentage of promoters minus percentage of detractors, one decimal (half up, away from zero);
     * {@code null} with fewer than ten NPS answers or when promoters, passives, detractors or the answers without an NPS
     * are 1–9.
     */
    public static Double nps(long promoters, long passives, long detractors, long withoutNps) {
        long answers = promoters + passives + detractors;
        if (suppressed(answers) || !partitionShown(promoters, passives, detractors, withoutNps)) {
            return null;
        }
        return BigDecimal.valueOf(100 * (promoters - detractors))
                .divide(BigDecimal.valueOf(answers), 1, RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * The mean of answers counted per value from {@code min} up, two decimals; {@code null} with fewer than ten answers
     * or when any value's count or the answers without one is 1–9.
     */
    public static Double mean(long[] perValue, int min, long without) {
        long answers = 0;
        long sum = 0;
        for (int i = 0; i < perValue.length; i++) {
            answers += perValue[i];
            sum += (min + i) * perValue[i];
        }
        long[] parts = java.util.Arrays.copyOf(perValue, perValue.length + 1);
        parts[perValue.length] = without;
        if (suppressed(answers) || !partitionShown(parts)) {
            return null;
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(answers), 2, RoundingMode.HALF_UP).doubleValue();
    }
}
