package fi.digipolku.metrics.report;

/**
 * The national rule for numbers derived from clients' own answers: fewer than ten contributors shows nothing. Feedback
 * figures (NPS, CES) are feedback-service's alone, under its own disclosure rule.
 */
public final class Guard {

    public static final int MIN_CONTRIBUTORS = 10;

    private Guard() {
    }

    public static boolean suppressed(long contributors) {
        return contributors < MIN_CONTRIBUTORS;
    }

    /** A ratio, or null when there is nothing to divide by. */
    public static Double ratio(long part, long whole) {
        return whole <= 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
    }
}
