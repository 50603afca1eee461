package fi.digipolku.feedback.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedbackSummaryTest {

    private static List<Answer> npsAnswers(Integer... values) {
        return Arrays.stream(values).map(v -> new Answer(v, null, Map.of())).toList();
    }

    /** {@code count} answers of each NPS value given in pairs {value, count}. */
    private static List<Answer> repeated(int... valueCounts) {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < valueCounts.length; i += 2) {
            for (int n = 0; n < valueCounts[i + 1]; n++) {
                answers.add(new Answer(valueCounts[i], null, Map.of()));
            }
        }
        return answers;
    }

    @Test
    void npsIsPromoterShareMinusDetractorShare() {
        FeedbackSummary summary = FeedbackSummary.of(repeated(9, 10, 10, 12, 7, 10, 0, 10));

        assertThat(summary.suppressed()).isFalse();
        assertThat(summary.answers()).isEqualTo(42L);
        assertThat(summary.promoters()).isEqualTo(22L);
        assertThat(summary.passives()).isEqualTo(10L);
        assertThat(summary.detractors()).isEqualTo(10L);
        // (22 − 10) / 42 = 28.571…% → 28.6
        assertThat(summary.nps()).isEqualTo(28.6);
    }

    @Test
    void distributionHasOneCountPerValueFromZeroToTen() {
        FeedbackSummary summary = FeedbackSummary.of(repeated(9, 10, 10, 12, 7, 10, 0, 10));

        assertThat(summary.distribution()).containsExactly(10L, 0L, 0L, 0L, 0L, 0L, 0L, 10L, 0L, 10L, 12L);
    }

    @Test
    void aCountOfOneToNineInsideTheGroupWithholdsTheScoreWithItsSplit() {
        // 5 promoters, 3 passives, 2 detractors: every count would describe fewer than ten clients, and a score of
        // 30.0 over ten answers would tell that promoters outnumber detractors by three.
        FeedbackSummary small = FeedbackSummary.of(npsAnswers(9, 10, 9, 10, 9, 7, 8, 7, 0, 6));
        assertThat(small.suppressed()).isFalse();
        assertThat(small.nps()).isNull();
        assertThat(small.promoters()).isNull();
        assertThat(small.passives()).isNull();
        assertThat(small.detractors()).isNull();
        assertThat(small.distribution()).isNull();

        // Nine promoters and one passive: a score of 90.0 would name the one passive.
        assertThat(FeedbackSummary.of(repeated(10, 9, 8, 1)).nps()).isNull();

        // Categories of 10, 10 and 20, but one answer of 8 among the passives: the categories stay, the values go.
        FeedbackSummary oneEight = FeedbackSummary.of(repeated(10, 20, 7, 9, 8, 1, 3, 10));
        assertThat(oneEight.promoters()).isEqualTo(20L);
        assertThat(oneEight.passives()).isEqualTo(10L);
        assertThat(oneEight.detractors()).isEqualTo(10L);
        assertThat(oneEight.distribution()).isNull();

        // Only one value given at all (all ten answered 6): 10 and zeros are shown; nothing is hidden by a zero.
        assertThat(FeedbackSummary.of(repeated(6, 10)).distribution())
                .containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 10L, 0L, 0L, 0L, 0L);
    }

    @Test
    void answersWithoutAnNpsArePartOfTheSplitSinceTheyAreTheGroupMinusTheCategories() {
        List<Answer> answers = new ArrayList<>(repeated(10, 10, 0, 10));
        answers.add(new Answer(null, 3, Map.of()));
        answers.add(new Answer(null, null, Map.of("safety", 5)));

        FeedbackSummary summary = FeedbackSummary.of(answers);

        assertThat(summary.answers()).isEqualTo(22L);
        assertThat(summary.promoters()).as("22 − 20 would be the two without an NPS").isNull();
        assertThat(summary.nps()).isNull();
        assertThat(summary.distribution()).isNull();

        for (int i = 0; i < 8; i++) {
            answers.add(new Answer(null, null, Map.of()));
        }
        assertThat(FeedbackSummary.of(answers).promoters()).isEqualTo(10L);
        assertThat(FeedbackSummary.of(answers).nps()).isEqualTo(0.0);
    }

    @Test
    void npsIsRoundedToOneDecimalAndCanBeNegative() {
        // 10 promoters of 55: 18.1818… → 18.2
        assertThat(FeedbackSummary.of(repeated(9, 10, 8, 45)).nps()).isEqualTo(18.2);
        // 10 promoters, 40 detractors of 63: −47.619… → −47.6
        assertThat(FeedbackSummary.of(repeated(10, 10, 7, 13, 0, 40)).nps()).isEqualTo(-47.6);
        assertThat(FeedbackSummary.of(repeated(0, 10)).nps()).isEqualTo(-100.0);
    }

    @Test
    void npsFiguresAreWithheldWhenFewerThanTenAnswersHaveAnNps() {
        List<Answer> answers = new ArrayList<>(npsAnswers(10, 10, 10, 10, 10, 10, 10, 10, 0));
        answers.add(new Answer(null, null, Map.of()));
        answers.add(new Answer(null, null, Map.of()));

        FeedbackSummary summary = FeedbackSummary.of(answers);

        assertThat(summary.suppressed()).isFalse();
        assertThat(summary.answers()).isEqualTo(11L);
        assertThat(summary.nps()).isNull();
        assertThat(summary.promoters()).isNull();
        assertThat(summary.passives()).isNull();
        assertThat(summary.detractors()).isNull();
        assertThat(summary.distribution()).isNull();
    }

    @Test
    void statementMeansAreTakenOverTheAnswersThatHaveTheStatementAndKeyedAlphabetically() {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            Map<String, Integer> statements = new HashMap<>();
            statements.put("availability", i < 10 ? 1 : 5); // 10 × 1 + 12 × 5 = 70 / 22 = 3.1818… → 3.18
            statements.put("regional_parking", i < 12 ? 2 : 3); // 12 × 2 + 10 × 3 = 54 / 22 = 2.4545… → 2.45
            if (i < 9) {
                statements.put("encounter", 4); // only 9 answers: withheld
            }
            answers.add(new Answer(7, null, statements));
        }

        FeedbackSummary summary = FeedbackSummary.of(answers);

        // "encounter" has too few answers: it is left out, since even its key would tell someone answered it.
        assertThat(summary.statementMeans().keySet()).containsExactly("availability", "regional_parking");
        assertThat(summary.statementMeans().get("availability")).isEqualTo(3.18);
        assertThat(summary.statementMeans().get("regional_parking")).isEqualTo(2.45);
    }

    @Test
    void aMeanIsWithheldWhereItWouldTellOneToNineAnswersOfAValue() {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(new Answer(null, 7, Map.of("safety", 5)));
        }
        answers.add(new Answer(null, 6, Map.of("safety", 4)));

        // A CES mean of 6.91 over eleven would say ten answered 7 and one 6; a safety mean of 4.91 likewise.
        FeedbackSummary summary = FeedbackSummary.of(answers);
        assertThat(summary.suppressed()).isFalse();
        assertThat(summary.cesMean()).isNull();
        assertThat(summary.statementMeans()).isEmpty();

        // Ten 7s and ten 6s: both values are groups of ten, and so is the mean's base.
        for (int i = 0; i < 9; i++) {
            answers.add(new Answer(null, 6, Map.of("safety", 4)));
        }
        assertThat(FeedbackSummary.of(answers).cesMean()).isEqualTo(6.5);
        assertThat(FeedbackSummary.of(answers).statementMeans()).containsExactly(Map.entry("safety", 4.5));

        // Answers without a CES are a part too: the group minus the CES answers.
        answers.add(new Answer(null, null, Map.of("safety", 4)));
        assertThat(FeedbackSummary.of(answers).cesMean()).isNull();
    }

    @Test
    void cesMeanHasTwoDecimals() {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 21; i++) { // 10 × 1 + 11 × 7 = 87 / 21 = 4.142857… → 4.14
            answers.add(new Answer(null, i < 10 ? 1 : 7, Map.of()));
        }

        assertThat(FeedbackSummary.of(answers).cesMean()).isEqualTo(4.14);
    }

    @Test
    void cesMeanIsNullWithoutEnoughCesAnswers() {
        assertThat(FeedbackSummary.of(npsAnswers(9, 9, 9, 9, 9, 9, 9, 9, 9, 9)).cesMean()).isNull();

        List<Answer> answers = new ArrayList<>(npsAnswers(9, 9, 9, 9, 9, 9, 9, 9, 9, 9));
        answers.add(new Answer(9, 1, Map.of()));
        assertThat(FeedbackSummary.of(answers).cesMean()).as("one client's CES must not be published").isNull();
    }

    @Test
    void responseRateIsAnswersPerRequestWithThreeDecimals() {
        List<Answer> ten = npsAnswers(9, 9, 9, 9, 9, 9, 9, 9, 9, 9);

        assertThat(FeedbackSummary.of(ten, 30).responseRate()).isEqualTo(0.333);
        assertThat(FeedbackSummary.of(ten, 15).responseRate()).isEqualTo(0.667);
        assertThat(FeedbackSummary.of(ten, 10).responseRate()).isEqualTo(1.0);
        assertThat(FeedbackSummary.of(ten, 0).responseRate()).isNull();
        assertThat(FeedbackSummary.of(ten).responseRate()).isNull();
        assertThat(FeedbackSummary.of(npsAnswers(9, 9, 9), 30).responseRate()).isNull();
        assertThatThrownBy(() -> FeedbackSummary.of(ten, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nineAnswersAreSuppressedAndNothingButTheFactIsShown() {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            answers.add(new Answer(10, 7, Map.of("availability", 5, "safety", 5), "Hyvä"));
        }

        FeedbackSummary summary = FeedbackSummary.of(answers, 20);

        assertThat(summary.suppressed()).isTrue();
        assertThat(summary.answers()).isNull();
        assertThat(summary.nps()).isNull();
        assertThat(summary.promoters()).isNull();
        assertThat(summary.passives()).isNull();
        assertThat(summary.detractors()).isNull();
        assertThat(summary.distribution()).isNull();
        assertThat(summary.statementMeans()).isNull();
        assertThat(summary.cesMean()).isNull();
        assertThat(summary.responseRate()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 11})
    void tenOrMoreAnswersAreShown(int count) {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            answers.add(new Answer(10, 7, Map.of("availability", 5, "safety", 4), "Hyvä"));
        }

        FeedbackSummary summary = FeedbackSummary.of(answers, 20);

        assertThat(summary.suppressed()).isFalse();
        assertThat(summary.answers()).isEqualTo((long) count);
        assertThat(summary.nps()).isEqualTo(100.0);
        assertThat(summary.promoters()).isEqualTo((long) count);
        assertThat(summary.passives()).isZero();
        assertThat(summary.detractors()).isZero();
        assertThat(summary.distribution()).hasSize(11).last().isEqualTo((long) count);
        assertThat(summary.statementMeans()).containsExactly(Map.entry("availability", 5.0), Map.entry("safety", 4.0));
        assertThat(summary.cesMean()).isEqualTo(7.0);
        assertThat(summary.responseRate()).isEqualTo(count / 20.0);
    }

    @Test
    void suppressionThresholdIsTen() {
        assertThat(Suppression.MIN_ANSWERS).isEqualTo(10);
        assertThat(Suppression.suppressed(0)).isTrue();
        assertThat(Suppression.suppressed(9)).isTrue();
        assertThat(Suppression.suppressed(10)).isFalse();
        assertThat(Suppression.suppressed(11)).isFalse();
    }

    @Test
    void answersOutsideTheInstrumentsScalesAreRejected() {
        assertThatThrownBy(() -> new Answer(11, null, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Answer(-1, null, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Answer(null, 0, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Answer(null, 8, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Answer(null, null, Map.of("safety", 6)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Answer(null, null, Map.of(" ", 3))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void skippedStatementsAreDropped() {
        Map<String, Integer> statements = new HashMap<>();
        statements.put("safety", null);
        statements.put("availability", 4);

        assertThat(new Answer(null, null, statements).statements()).containsExactly(Map.entry("availability", 4));
        assertThat(new Answer(null, null, null).statements()).isEmpty();
    }
}
