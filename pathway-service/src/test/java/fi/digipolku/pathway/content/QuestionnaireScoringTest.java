package fi.digipolku.pathway.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fi.digipolku.support.problem.FieldError;

/**
 * Errors carry their message key, or, when the message has arguments, its text in the language of the request: Finnish
 * here, outside any request.
 */
class QuestionnaireScoringTest {

    private static AnswerOption option(String key, double weight) {
        return new AnswerOption(key, Map.of("fi", key), weight);
    }

    private static QuestionnaireItem single(String key, boolean required) {
        return new QuestionnaireItem(key, ItemType.SINGLE_CHOICE, Map.of(), required,
                List.of(option("no", 0), option("sometimes", 1), option("often", 2.5)), null, null, null);
    }

    private static QuestionnaireItem multiple(String key, boolean required) {
        return new QuestionnaireItem(key, ItemType.MULTIPLE_CHOICE, Map.of(), required,
                List.of(option("smoking", 3), option("alcohol", 2), option("stress", 1.5)), null, null, null);
    }

    private static QuestionnaireItem number(String key, boolean required, Double min, Double max, Double weight) {
        return new QuestionnaireItem(key, ItemType.NUMBER, Map.of(), required, List.of(), min, max, weight);
    }

    private static QuestionnaireItem scale(String key, boolean required, Double weight) {
        return new QuestionnaireItem(key, ItemType.SCALE, Map.of(), required, List.of(), 0.0, 10.0, weight);
    }

    private static QuestionnaireItem text(String key, boolean required) {
        return new QuestionnaireItem(key, ItemType.TEXT, Map.of(), required, List.of(), null, null, null);
    }

    private static QuestionnaireSpec spec(List<Band> bands, QuestionnaireItem... items) {
        return new QuestionnaireSpec(null, List.of(items), bands);
    }

    private static final List<Band> BANDS = List.of(new Band("low", Map.of(), 0, 5),
            new Band("moderate", Map.of(), 5, 10),
            new Band("high", Map.of(), 10, 100));

    private static QuestionnaireScoring.Result score(QuestionnaireSpec spec, Map<String, Object> answers) {
        return QuestionnaireScoring.score(spec, answers);
    }

    @Test
    void sumsOptionWeightsValuesTimesWeightAndIgnoresText() {
        QuestionnaireSpec spec = spec(BANDS, single("q1", true), multiple("q2", true),
                number("q3", true, null, null, 0.5), scale("q4", true, null), text("q5", false));

        QuestionnaireScoring.Result result = score(spec, Map.of("q1", "often", "q2", List.of("smoking", "stress"),
                "q3", 4, "q4", 3, "q5", "feeling fine"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.valid()).isTrue();
        assertThat(result.score()).isEqualTo(2.5 + 3 + 1.5 + 2 + 3);
        assertThat(result.band()).isEqualTo("high");
    }

    @Test
    void aNumberOrScaleWithoutWeightCountsItsValueOnce() {
        QuestionnaireScoring.Result result = score(spec(List.of(), number("kg", true, null, null, null)),
                Map.of("kg", 72.5));

        assertThat(result.score()).isEqualTo(72.5);
    }

    @Test
    void anEmptyQuestionnaireWithNoAnswersScoresZeroWithoutBand() {
        QuestionnaireScoring.Result result = score(spec(List.of()), Map.of());

        assertThat(result.errors()).isEmpty();
        assertThat(result.score()).isZero();
        assertThat(result.band()).isNull();
    }

    @Test
    void nullAnswersAreTreatedAsNoAnswers() {
        QuestionnaireScoring.Result result = score(spec(BANDS, single("q1", true)), null);

        assertThat(result.errors()).containsExactly(new FieldError("answers.q1", "questionnaire.answer-required"));
    }

    @Test
    void aBandIncludesItsMinimumAndExcludesItsMaximum() {
        QuestionnaireSpec spec = spec(BANDS, number("n", true, null, null, null));

        assertThat(score(spec, Map.of("n", 0)).band()).isEqualTo("low");
        assertThat(score(spec, Map.of("n", 4.99)).band()).isEqualTo("low");
        assertThat(score(spec, Map.of("n", 5)).band()).isEqualTo("moderate");
        assertThat(score(spec, Map.of("n", 9.999)).band()).isEqualTo("high");
        assertThat(score(spec, Map.of("n", 10)).band()).isEqualTo("high");
        assertThat(score(spec, Map.of("n", 100)).band()).isNull();
        assertThat(score(spec, Map.of("n", -1)).band()).isNull();
    }

    @Test
    void theFirstMatchingBandWinsWhenBandsOverlap() {
        List<Band> overlapping = List.of(new Band("first", Map.of(), 0, 10), new Band("second", Map.of(), 5, 15));

        assertThat(score(spec(overlapping, number("n", true, null, null, null)), Map.of("n", 7)).band())
                .isEqualTo("first");
    }

    @Test
    void noBandsMeansNoBand() {
        assertThat(score(spec(List.of(), number("n", true, null, null, null)), Map.of("n", 7)).band()).isNull();
    }

    @Test
    void theScoreIsRoundedToTwoDecimalsHalfUp() {
        QuestionnaireSpec spec = spec(List.of(new Band("exact", Map.of(), 0.3, 0.31)),
                number("a", true, null, null, null), number("b", true, null, null, null),
                number("c", true, null, null, 1.0 / 3));

        QuestionnaireScoring.Result tenths = score(spec, Map.of("a", 0.1, "b", 0.2, "c", 0));
        QuestionnaireScoring.Result half = score(spec, Map.of("a", 0.005, "b", 0, "c", 0));
        QuestionnaireScoring.Result third = score(spec, Map.of("a", 0, "b", 0, "c", 1));

        assertThat(tenths.score()).isEqualTo(0.3);
        assertThat(tenths.band()).isEqualTo("exact");
        assertThat(half.score()).isEqualTo(0.01);
        assertThat(third.score()).isEqualTo(0.33);
    }

    @Test
    void decimalAnswersAreScoredExactly() {
        QuestionnaireScoring.Result result = score(spec(List.of(), number("n", true, null, null, 3.0)),
                Map.of("n", new BigDecimal("0.1")));

        assertThat(result.score()).isEqualTo(0.3);
    }

    @Test
    void aMissingRequiredAnswerIsAnErrorOfEveryItemType() {
        QuestionnaireSpec spec = spec(BANDS, single("a", true), multiple("b", true),
                number("c", true, null, null, null),
                scale("d", true, null), text("e", true));

        QuestionnaireScoring.Result result = score(spec, Map.of());

        assertThat(result.errors()).containsExactly(new FieldError("answers.a", "questionnaire.answer-required"),
                new FieldError("answers.b", "questionnaire.answer-required"),
                new FieldError("answers.c", "questionnaire.answer-required"),
                new FieldError("answers.d", "questionnaire.answer-required"),
                new FieldError("answers.e", "questionnaire.answer-required"));
        assertThat(result.score()).isZero();
        assertThat(result.band()).isNull();
        assertThat(result.valid()).isFalse();
    }

    @Test
    void nullBlankAndEmptyAnswersCountAsUnanswered() {
        QuestionnaireSpec spec = spec(List.of(), single("a", true), multiple("b", true), text("c", true));
        Map<String, Object> answers = new HashMap<>();
        answers.put("a", null);
        answers.put("b", List.of());
        answers.put("c", "   ");

        assertThat(score(spec, answers).errors()).extracting(FieldError::message)
                .containsOnly("questionnaire.answer-required")
                .hasSize(3);
    }

    @Test
    void optionalItemsMayBeLeftUnanswered() {
        QuestionnaireSpec spec = spec(BANDS, single("a", false), multiple("b", false), scale("c", false, null),
                text("d", false), number("e", true, null, null, null));

        QuestionnaireScoring.Result result = score(spec, Map.of("e", 6));

        assertThat(result.errors()).isEmpty();
        assertThat(result.score()).isEqualTo(6);
        assertThat(result.band()).isEqualTo("moderate");
    }

    @Test
    void aSingleChoiceMustBeAnOptionKey() {
        QuestionnaireSpec spec = spec(List.of(), single("a", true), single("b", true));

        assertThat(score(spec, Map.of("a", "never", "b", 1)).errors()).containsExactly(
                new FieldError("answers.a", "questionnaire.unknown-option"),
                new FieldError("answers.b", "questionnaire.unknown-option"));
    }

    @Test
    void aMultipleChoiceMustListKnownOptionsOnce() {
        QuestionnaireSpec spec = spec(List.of(), multiple("a", true), multiple("b", true), multiple("c", true),
                multiple("d", true));

        QuestionnaireScoring.Result result = score(spec, Map.of("a", List.of("smoking", "gambling"), "b",
                List.of("alcohol", "alcohol"), "c", "smoking", "d", List.of("stress", 7, "stress")));

        assertThat(result.errors()).containsExactly(new FieldError("answers.a", "questionnaire.unknown-option"),
                new FieldError("answers.b", "questionnaire.option-twice"),
                new FieldError("answers.c", "questionnaire.option-list-required"),
                new FieldError("answers.d", "questionnaire.unknown-option"),
                new FieldError("answers.d", "questionnaire.option-twice"));
        assertThat(result.score()).isZero();
    }

    @Test
    void aNumberMustBeAFiniteNumber() {
        QuestionnaireSpec spec = spec(List.of(), number("a", true, null, null, null),
                number("b", true, null, null, null), scale("c", true, null), number("d", true, null, null, null));

        assertThat(score(spec, Map.of("a", "5", "b", Double.NaN, "c", true, "d", Double.POSITIVE_INFINITY)).errors())
                .containsExactly(new FieldError("answers.a", "questionnaire.number-required"),
                        new FieldError("answers.b", "questionnaire.number-required"),
                        new FieldError("answers.c", "questionnaire.number-required"),
                        new FieldError("answers.d", "questionnaire.number-required"));
    }

    @Test
    void numbersAreAcceptedAtBothEndsOfTheirRange() {
        QuestionnaireSpec spec = spec(List.of(), scale("low", true, null), scale("high", true, null));

        QuestionnaireScoring.Result result = score(spec, Map.of("low", 0, "high", 10L));

        assertThat(result.errors()).isEmpty();
        assertThat(result.score()).isEqualTo(10);
    }

    @Test
    void numbersOutsideTheirRangeAreRefusedNamingTheRange() {
        QuestionnaireSpec spec = spec(List.of(), scale("a", true, null), scale("b", true, null),
                number("c", true, 1.5, null, null), number("d", true, null, 250.0, null));

        assertThat(score(spec, Map.of("a", -1, "b", 11, "c", 1.4, "d", 250.01)).errors()).containsExactly(
                new FieldError("answers.a", "on oltava välillä 0–10"),
                new FieldError("answers.b", "on oltava välillä 0–10"),
                new FieldError("answers.c", "on oltava vähintään 1,5"),
                new FieldError("answers.d", "saa olla enintään 250"));
    }

    @Test
    void aScaleAnswerMustBeWhole() {
        QuestionnaireSpec spec = spec(List.of(), scale("a", true, null), scale("b", true, null),
                number("c", true, null, null, null));

        QuestionnaireScoring.Result result = score(spec, Map.of("a", 2.5, "b", 3.0, "c", 2.5));

        assertThat(result.errors()).containsExactly(new FieldError("answers.a", "questionnaire.whole-number-required"));
    }

    @Test
    void aScaleAnswerMayBreakBothRules() {
        assertThat(score(spec(List.of(), scale("a", true, null)), Map.of("a", 10.5)).errors()).containsExactly(
                new FieldError("answers.a", "questionnaire.whole-number-required"),
                new FieldError("answers.a", "on oltava välillä 0–10"));
    }

    @Test
    void aTextAnswerIsAtMost2000Characters() {
        QuestionnaireSpec spec = spec(List.of(), text("a", true), text("b", true), text("c", true),
                text("d", true));
        String emoji = "\uD83D\uDE00";

        QuestionnaireScoring.Result result = score(spec,
                Map.of("a", "x".repeat(2000), "b", "x".repeat(2001), "c", emoji.repeat(2000), "d", 42));

        assertThat(result.errors()).containsExactly(
                new FieldError("answers.b", "saa olla enintään 2000 merkkiä"),
                new FieldError("answers.d", "questionnaire.text-required"));
    }

    @Test
    void answersToUnknownItemsAreRefusedInKeyOrder() {
        QuestionnaireSpec spec = spec(List.of(), single("a", false));

        assertThat(score(spec, Map.of("zeta", 1, "alpha", "x")).errors()).containsExactly(
                new FieldError("answers.alpha", "questionnaire.unknown-item"),
                new FieldError("answers.zeta", "questionnaire.unknown-item"));
    }

    @Test
    void collectsEveryErrorAtOnceAndThenScoresNothing() {
        QuestionnaireSpec spec = spec(BANDS, single("a", true), number("b", true, 0.0, 5.0, null),
                text("c", false));

        QuestionnaireScoring.Result result = score(spec, Map.of("b", 9, "c", "ok", "extra", "x"));

        assertThat(result.errors()).containsExactly(new FieldError("answers.a", "questionnaire.answer-required"),
                new FieldError("answers.b", "on oltava välillä 0–5"),
                new FieldError("answers.extra", "questionnaire.unknown-item"));
        assertThat(result.score()).isZero();
        assertThat(result.band()).isNull();
    }

    @Test
    void theResultCannotBeChangedAfterwards() {
        QuestionnaireScoring.Result result = score(spec(List.of(), single("a", true)), Map.of());

        assertThat(result.errors()).isUnmodifiable();
    }
}
