package fi.digipolku.feedback.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The figures of the national customer-experience instrument for one group of answers (a care team, a pathway, a
 * period…), ready to show.
 *
 * <p>
 * <b>Small groups.</b> A group with fewer than {@link Suppression#MIN_ANSWERS} answers is suppressed: {@code suppressed}
 * is true and {@code answers} and every figure are {@code null}, so not even the small count leaks.
 *
 * <p>
 * <b>Figures inside a shown group.</b> Every figure is computed from counts that split the group (each answer in one
 * part), and is shown only when none of those counts is 1–9, so no figure can be turned back into a small count or one
 * client's answer. The NPS score and the promoters, passives and detractors go together (with the answers without an
 * NPS as the fourth part): the score is promoters minus detractors over their sum, so it is shown only where they are.
 * The distribution needs each of the eleven values (and the answers without an NPS) to be 0 or at least ten. A mean
 * needs the same of each value of its scale and of the answers without it: a CES mean of 6.9 over ten answers would
 * say that nine answered 7 and one 6. Withheld figures are {@code null}; a withheld statement is left out. Across
 * groups the reports go further ({@link Disclosure#partitionsShown}).
 *
 * <p>
 * <b>Rounding.</b> Figures are computed exactly and rounded half-up (away from zero for negatives) only at the end:
 * NPS to one decimal, means to two, the response rate to three.
 *
 * @param suppressed true when the group is too small to report
 * @param answers the number of answers in the group; {@code null} when suppressed
 * @param nps Net Promoter Score: percentage of promoters (9–10) minus percentage of detractors (0–6) among answers
 *        with an NPS, −100…100, one decimal; {@code null} (with promoters, passives and detractors) when withheld
 * @param promoters answers with NPS 9 or 10; {@code null} when withheld
 * @param passives answers with NPS 7 or 8
 * @param detractors answers with NPS 0–6
 * @param distribution eleven counts, one for each NPS value 0…10 in order; {@code null} when withheld
 * @param statementMeans mean of each agreement statement (1–5) over the answers that have it, two decimals, keys in
 *        alphabetical order; a statement whose mean is withheld is left out (even a key would tell that someone
 *        answered it)
 * @param cesMean mean Customer Effort Score (1–7), two decimals
 * @param responseRate answers divided by feedback requests sent, three decimals; {@code null} when the number of
 *        requests is unknown or zero. Not capped at 1, so inconsistent request counts stay visible
 */
public record FeedbackSummary(
        boolean suppressed,
        Long answers,
        Double nps,
        Long promoters,
        Long passives,
        Long detractors,
        List<Long> distribution,
        Map<String, Double> statementMeans,
        Double cesMean,
        Double responseRate) {

    /** NPS values at or above this are promoters. */
    public static final int PROMOTER_MIN = 9;
    /** NPS values at or below this are detractors. */
    public static final int DETRACTOR_MAX = 6;

    private static final FeedbackSummary SUPPRESSED = new FeedbackSummary(true, null, null, null, null, null, null,
            null, null, null);

    /** The summary of a group of answers when the number of feedback requests sent is not known. */
    public static FeedbackSummary of(List<Answer> answers) {
        return summarise(answers, null);
    }

    /**
     * The summary of a group of answers including the response rate.
     *
     * @param requestsSent how many feedback requests were sent to the group's clients; the rate is {@code null} when 0
     */
    public static FeedbackSummary of(List<Answer> answers, long requestsSent) {
        if (requestsSent < 0) {
            throw new IllegalArgumentException("requestsSent must not be negative, was " + requestsSent);
        }
        return summarise(answers, requestsSent);
    }

    /**
     * The summary of a group that {@link Disclosure} allows to publish, showing only the figures it allows.
     *
     * @param requestsSent feedback requests sent to the group's clients, or {@code null} when unknown
     * @param figureShown whether a figure may be shown: {@value #NPS_FIGURE}, {@value #CES_FIGURE} or a statement key
     */
    public static FeedbackSummary of(List<Answer> answers, Long requestsSent, Predicate<String> figureShown) {
        return summarise(answers, requestsSent, figureShown);
    }

    /** The summary of a group that may not be published. */
    public static FeedbackSummary withheld() {
        return SUPPRESSED;
    }

    /** The name of the NPS score with the promoter, passive and detractor counts for a figure filter. */
    public static final String NPS_FIGURE = "nps";
    /** The name of the eleven counts of the NPS distribution for a figure filter. */
    public static final String DISTRIBUTION_FIGURE = "nps-distribution";
    /** The name of the CES mean for a figure filter. */
    public static final String CES_FIGURE = "ces";

    private static FeedbackSummary summarise(List<Answer> answers, Long requestsSent) {
        return summarise(answers, requestsSent, figure -> true);
    }

    private static FeedbackSummary summarise(List<Answer> answers, Long requestsSent,
            Predicate<String> figureShown) {
        Objects.requireNonNull(answers, "answers");
        long count = answers.size();
        if (Suppression.suppressed(count)) {
            return SUPPRESSED;
        }

        long[] npsCounts = new long[Answer.NPS_MAX + 1];
        long[] cesCounts = new long[Answer.CES_MAX - Answer.CES_MIN + 1];
        Map<String, long[]> statementCounts = new TreeMap<>(); // key -> answers per value 1…5
        for (Answer answer : answers) {
            Objects.requireNonNull(answer, "answer");
            if (answer.nps() != null) {
                npsCounts[answer.nps()]++;
            }
            if (answer.ces() != null) {
                cesCounts[answer.ces() - Answer.CES_MIN]++;
            }
            answer.statements().forEach((key, value) -> statementCounts
                    .computeIfAbsent(key, k -> new long[Answer.STATEMENT_MAX - Answer.STATEMENT_MIN + 1])[value
                            - Answer.STATEMENT_MIN]++);
        }

        Double nps = null;
        Long promoters = null;
        Long passives = null;
        Long detractors = null;
        List<Long> distribution = null;
        long npsAnswers = Arrays.stream(npsCounts).sum();
        long p = 0;
        long d = 0;
        for (int value = 0; value < npsCounts.length; value++) {
            if (value >= PROMOTER_MIN) {
                p += npsCounts[value];
            } else if (value <= DETRACTOR_MAX) {
                d += npsCounts[value];
            }
        }
        long withoutNps = count - npsAnswers;
        // The score tells promoters minus detractors over the answers with an NPS: it is shown with the categories.
        if (!Suppression.suppressed(npsAnswers) && figureShown.test(NPS_FIGURE)
                && Suppression.partitionShown(p, npsAnswers - p - d, d, withoutNps)) {
            nps = ratio(100 * (p - d), npsAnswers, 1);
            promoters = p;
            detractors = d;
            passives = npsAnswers - p - d;
            long[] parts = Arrays.copyOf(npsCounts, npsCounts.length + 1);
            parts[npsCounts.length] = withoutNps;
            if (figureShown.test(DISTRIBUTION_FIGURE) && Suppression.partitionShown(parts)) {
                distribution = Arrays.stream(npsCounts).boxed().toList();
            }
        }

        Map<String, Double> means = new TreeMap<>();
        statementCounts.forEach((key, values) -> {
            Double mean = mean(values, Answer.STATEMENT_MIN, count);
            if (mean != null && figureShown.test(key)) {
                means.put(key, mean);
            }
        });
        Double cesMean = figureShown.test(CES_FIGURE) ? mean(cesCounts, Answer.CES_MIN, count) : null;
        Double responseRate = requestsSent == null || requestsSent == 0 ? null : ratio(count, requestsSent, 3);

        return new FeedbackSummary(false, count, nps, promoters, passives, detractors, distribution,
                Collections.unmodifiableMap(means), cesMean, responseRate);
    }

    /**
     * The mean, two decimals, of answers counted per value from {@code min} up, among a group of {@code count}; or
     * {@code null} unless each value's count and the answers without one are 0 or at least
     * {@link Suppression#MIN_ANSWERS}. A mean over a bounded scale tells its sum, and the sum can tell one client's
     * answer (a CES mean of 6.9 over ten answers means nine answered 7 and one 6), so a mean is shown only where the
     * counts it is computed from could be.
     */
    private static Double mean(long[] perValue, int min, long count) {
        long answered = Arrays.stream(perValue).sum();
        long[] parts = Arrays.copyOf(perValue, perValue.length + 1);
        parts[perValue.length] = count - answered;
        if (Suppression.suppressed(answered) || !Suppression.partitionShown(parts)) {
            return null;
        }
        long sum = 0;
        for (int i = 0; i < perValue.length; i++) {
            sum += (min + i) * perValue[i];
        }
        return ratio(sum, answered, 2);
    }

    /** {@code numerator / denominator} rounded half-up to {@code scale} decimals, computed exactly. */
    private static Double ratio(long numerator, long denominator, int scale) {
        return BigDecimal.valueOf(numerator)
                .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
