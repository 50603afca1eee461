package fi.digipolku.feedback.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fi.digipolku.feedback.survey.ItemType;
import fi.digipolku.feedback.survey.SurveyContent;
import fi.digipolku.feedback.survey.SurveyItem;
import fi.digipolku.support.problem.FieldError;

class AnswerRulesTest {

    private static final SurveyContent SURVEY = new SurveyContent(Map.of("fi", "Kysely"), List.of(
            new SurveyItem("nps", ItemType.NPS, Map.of("fi", "Suosittelisitko?"), true, true),
            new SurveyItem("safety", ItemType.AGREEMENT, Map.of("fi", "Turvallinen"), true, false),
            new SurveyItem("parking", ItemType.AGREEMENT, Map.of("fi", "Pysäköinti"), false, false),
            new SurveyItem("ces", ItemType.CES, Map.of("fi", "Helppoa?"), false, false),
            new SurveyItem("open", ItemType.OPEN, Map.of("fi", "Muuta?"), true, false)));

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void answersOnTheScalesPass() {
        assertThat(AnswerRules.check(SURVEY, new AnswerRequest(0, 7, Map.of("safety", 1, "parking", 5), "Hyvä"),
                100)).isEmpty();
        assertThat(AnswerRules.check(SURVEY, new AnswerRequest(10, null, null, null), 100)).isEmpty();
    }

    @Test
    void everyProblemIsListed() {
        assertThat(fields(AnswerRules.check(SURVEY, new AnswerRequest(null, 8, Map.of("safety", 0, "noise", 3),
                "x".repeat(101)), 100))).containsExactlyInAnyOrder("nps", "ces", "statements.safety",
                        "statements.noise", "openAnswer");
        assertThat(fields(AnswerRules.check(SURVEY, new AnswerRequest(-1, 0, Map.of("parking", 6), null), 100)))
                .containsExactlyInAnyOrder("nps", "ces", "statements.parking");
    }

    @Test
    void aSurveyWithoutCesTakesNoCes() {
        SurveyContent withoutCes = new SurveyContent(Map.of(), SURVEY.items().subList(0, 2));
        assertThat(fields(AnswerRules.check(withoutCes, new AnswerRequest(5, 3, null, null), 100)))
                .containsExactly("ces");
    }

    @Test
    void controlCharactersOtherThanLineBreaksAndTabsAreRefused() {
        for (String bad : List.of("Kiitos\u0000 Matti", "ääni\u0007", "\u001B[31m", "x\u007F", "y\u0085")) {
            assertThat(fields(AnswerRules.check(SURVEY, new AnswerRequest(5, null, null, bad), 100)))
                    .as(bad).containsExactly("openAnswer");
        }
        assertThat(AnswerRules.check(SURVEY, new AnswerRequest(5, null, null, "Rivi\nToinen\r\n\tsisennys"), 100))
                .isEmpty();
        assertThat(AnswerRules.withoutControlCharacters("Kiitos\u0000 Matti\n")).isEqualTo("Kiitos Matti\n");
    }
}
