package fi.digipolku.pathway.content;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import fi.digipolku.support.problem.FieldError;
import fi.digipolku.support.problem.Messages;

/**
 * Validates a client's answers against a questionnaire and scores them: choice items add the weights of the chosen
 * options, NUMBER and SCALE items add {@code value × weight} (weight 1 by default), TEXT items add nothing.
 */
public final class QuestionnaireScoring {

    /** The longest free-text answer accepted, in characters. */
    public static final int MAX_TEXT_LENGTH = 2000;

    private QuestionnaireScoring() {
    }

    /**
     * The outcome of scoring: every invalid answer, or the score rounded to two decimals and the key of the first
     * band containing it (null when no band does). An answer set with errors scores 0 and has no band.
     */
    public record Result(List<FieldError> errors, double score, String band) {

        public Result {
            errors = List.copyOf(errors);
        }

        /** Whether the answers were accepted. */
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /**
     * Answers are keyed by item key as decoded from JSON: an option key (String) for SINGLE_CHOICE, a list of option
     * keys for MULTIPLE_CHOICE, a Number for NUMBER and SCALE, a String for TEXT. A null, blank or empty answer is
     * unanswered. All errors are collected at once, under {@code answers.<itemKey>}.
     */
    public static Result score(QuestionnaireSpec spec, Map<String, Object> answers) {
        Objects.requireNonNull(spec, "spec");
        Map<String, Object> given = answers == null ? Map.of() : answers;
        List<FieldError> errors = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        Set<String> itemKeys = new HashSet<>();
        for (QuestionnaireItem item : spec.items()) {
            itemKeys.add(item.key());
            String field = "answers." + item.key();
            Object answer = given.get(item.key());
            if (isUnanswered(answer)) {
                if (item.required()) {
                    errors.add(new FieldError(field, "questionnaire.answer-required"));
                }
                continue;
            }
            total = total.add(scoreItem(item, answer, field, errors));
        }
        Set<String> unknown = new TreeSet<>();
        for (String key : given.keySet()) {
            if (!itemKeys.contains(key)) {
                unknown.add(String.valueOf(key));
            }
        }
        for (String key : unknown) {
            errors.add(new FieldError("answers." + key, "questionnaire.unknown-item"));
        }
        if (!errors.isEmpty()) {
            return new Result(errors, 0, null);
        }
        double score = total.setScale(2, RoundingMode.HALF_UP).doubleValue();
        return new Result(errors, score, bandOf(spec.bands(), score));
    }

    /** The key of the first band whose range contains the score, or null. */
    public static String bandOf(List<Band> bands, double score) {
        for (Band band : bands) {
            if (band.contains(score)) {
                return band.key();
            }
        }
        return null;
    }

    private static BigDecimal scoreItem(QuestionnaireItem item, Object answer, String field, List<FieldError> errors) {
        return switch (item.type()) {
            case SINGLE_CHOICE -> scoreSingleChoice(item, answer, field, errors);
            case MULTIPLE_CHOICE -> scoreMultipleChoice(item, answer, field, errors);
            case NUMBER, SCALE -> scoreNumber(item, answer, field, errors);
            case TEXT -> {
                checkText(answer, field, errors);
                yield BigDecimal.ZERO;
            }
        };
    }

    private static BigDecimal scoreSingleChoice(QuestionnaireItem item, Object answer, String field,
            List<FieldError> errors) {
        AnswerOption option = answer instanceof String key ? option(item, key) : null;
        if (option == null) {
            errors.add(new FieldError(field, "questionnaire.unknown-option"));
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(option.weight());
    }

    private static BigDecimal scoreMultipleChoice(QuestionnaireItem item, Object answer, String field,
            List<FieldError> errors) {
        if (!(answer instanceof Collection<?> chosen)) {
            errors.add(new FieldError(field, "questionnaire.option-list-required"));
            return BigDecimal.ZERO;
        }
        BigDecimal sum = BigDecimal.ZERO;
        Set<String> seen = new HashSet<>();
        boolean unknown = false;
        boolean twice = false;
        for (Object element : chosen) {
            AnswerOption option = element instanceof String key ? option(item, key) : null;
            if (option == null) {
                unknown = true;
            } else if (!seen.add(option.key())) {
                twice = true;
            } else {
                sum = sum.add(BigDecimal.valueOf(option.weight()));
            }
        }
        if (unknown) {
            errors.add(new FieldError(field, "questionnaire.unknown-option"));
        }
        if (twice) {
            errors.add(new FieldError(field, "questionnaire.option-twice"));
        }
        return sum;
    }

    private static BigDecimal scoreNumber(QuestionnaireItem item, Object answer, String field,
            List<FieldError> errors) {
        if (!(answer instanceof Number number) || !Double.isFinite(number.doubleValue())) {
            errors.add(new FieldError(field, "questionnaire.number-required"));
            return BigDecimal.ZERO;
        }
        double value = number.doubleValue();
        if (item.type() == ItemType.SCALE && Math.rint(value) != value) {
            errors.add(new FieldError(field, "questionnaire.whole-number-required"));
        }
        String range = rangeError(item.min(), item.max(), value);
        if (range != null) {
            errors.add(new FieldError(field, range));
        }
        BigDecimal exact = number instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf(value);
        double weight = item.weight() != null ? item.weight() : 1.0;
        return exact.multiply(BigDecimal.valueOf(weight));
    }

    private static void checkText(Object answer, String field, List<FieldError> errors) {
        if (!(answer instanceof String text)) {
            errors.add(new FieldError(field, "questionnaire.text-required"));
        } else if (text.codePointCount(0, text.length()) > MAX_TEXT_LENGTH) {
            errors.add(new FieldError(field,
                    Messages.text("questionnaire.text-too-long", Integer.toString(MAX_TEXT_LENGTH))));
        }
    }

    private static String rangeError(Double min, Double max, double value) {
        boolean below = min != null && value < min;
        boolean above = max != null && value > max;
        if (!below && !above) {
            return null;
        }
        if (min != null && max != null) {
            return Messages.text("questionnaire.between", Decimals.shown(min), Decimals.shown(max));
        }
        return below
                ? Messages.text("questionnaire.at-least", Decimals.shown(min))
                : Messages.text("questionnaire.at-most", Decimals.shown(max));
    }

    private static AnswerOption option(QuestionnaireItem item, String key) {
        for (AnswerOption option : item.options()) {
            if (option.key().equals(key)) {
                return option;
            }
        }
        return null;
    }

    private static boolean isUnanswered(Object answer) {
        return answer == null || answer instanceof String text && text.isBlank()
                || answer instanceof Collection<?> list && list.isEmpty();
    }
}
