package fi.digipolku.feedback.report;

/**
 * The national small-group rule for client feedback: a group with fewer than {@value #MIN_ANSWERS} answers is not
 * reported at all.
 *
 * <p>
 * A suppressed group shows only the fact of suppression. Its size is not shown either, because "4 answers" already
 * tells a care team more than the rule allows about who answered (in a small team a count alone can point to a
 * person). Reports therefore carry {@code suppressed = true} and leave the answer count and every figure {@code null};
 * a {@code null} count can never be mistaken for a real one, as a zero could.
 *
 * <p>
 * The same threshold is applied to every figure inside a shown group: a figure computed from fewer than
 * {@value #MIN_ANSWERS} answers (say, the mean of a statement that only three respondents answered) is left out,
 * since it would otherwise reveal the answers of those few.
 *
 * <p>
 * Counts inside a shown group (promoters, passives and detractors; the answers of each NPS value; the answers that use
 * a word or mention a theme; the texts the anonymiser removed something from) are parts of it, and a part of 1–9
 * answers describes a small group as surely as a small group's own count, even when it is only the total minus the
 * shown parts. So a group shows a split into parts only when every part is 0 or at least {@value #MIN_ANSWERS}
 * ({@link #partitionShown}), and across groups only as {@link Disclosure#partitionsShown} allows.
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

    /**
     * True when a group may show how its answers split into these parts (each answer in exactly one part, so that
     * they add up to the group): no part is 1–9 answers.
     */
    public static boolean partitionShown(long... parts) {
        for (long part : parts) {
            if (part != 0 && suppressed(part)) {
                return false;
            }
        }
        return true;
    }
}
