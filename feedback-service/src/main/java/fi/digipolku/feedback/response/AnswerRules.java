package fi.digipolku.feedback.response;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import fi.digipolku.feedback.survey.ItemType;
import fi.digipolku.feedback.survey.SurveyContent;
import fi.digipolku.feedback.survey.SurveyItem;
import fi.digipolku.support.problem.FieldError;
import fi.digipolku.support.problem.Messages;

/** Checks answers against the survey version they answer; every problem is listed. */
public final class AnswerRules {

    /** C0 and C1 control characters and DEL, but tab, line feed and carriage return. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

    private AnswerRules() {
    }

    public static List<FieldError> check(SurveyContent survey, AnswerRequest answer, int maxOpenLength) {
        List<FieldError> errors = new ArrayList<>();
        for (SurveyItem item : survey.items()) {
            Integer value = switch (item.type()) {
                case NPS -> answer.nps();
                case CES -> answer.ces();
                case AGREEMENT -> answer.statementsOrEmpty().get(item.key());
                case OPEN -> null;
            };
            String field = item.type() == ItemType.AGREEMENT
                    ? "statements." + item.key()
                    : item.type().name().toLowerCase();
            if (item.type() == ItemType.OPEN) {
                continue;
            }
            if (value == null) {
                if (item.required()) {
                    errors.add(new FieldError(field, "response.answer-required"));
                }
            } else if (value < item.type().min() || value > item.type().max()) {
                errors.add(new FieldError(field,
                        Messages.text("response.answer-out-of-range", item.type().min(), item.type().max())));
            }
        }
        for (Map.Entry<String, Integer> statement : answer.statementsOrEmpty().entrySet()) {
            boolean known = survey.item(statement.getKey()).filter(i -> i.type() == ItemType.AGREEMENT).isPresent();
            if (!known) {
                errors.add(new FieldError("statements." + statement.getKey(), "response.statement-unknown"));
            }
        }
        if (answer.ces() != null && survey.items().stream().noneMatch(i -> i.type() == ItemType.CES)) {
            errors.add(new FieldError("ces", "response.ces-not-asked"));
        }
        String open = answer.openAnswer();
        if (open != null && open.codePointCount(0, open.length()) > maxOpenLength) {
            errors.add(new FieldError("openAnswer", Messages.text("response.open-answer-too-long", maxOpenLength)));
        }
        if (open != null && CONTROL.matcher(open).find()) {
            // a NUL cannot even be stored in PostgreSQL text; the others are no part of what a person writes
            errors.add(new FieldError("openAnswer", "response.open-answer-control-characters"));
        }
        return errors;
    }

    /** The text without the control characters an answer may not have (null stays null). */
    public static String withoutControlCharacters(String text) {
        return text == null ? null : CONTROL.matcher(text).replaceAll("");
    }
}
