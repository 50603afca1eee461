package fi.digipolku.pathway.progress;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fi.digipolku.support.problem.FieldError;
import fi.digipolku.support.problem.Messages;

/**
 * What a record may carry, whatever its module.
 * <ul>
 * <li><b>Text.</b> No text of a record (diary text, unit, questionnaire answers and their keys, at any depth) contains
 * a control character; tab, line feed and carriage return are text. Each offending field is named.</li>
 * <li><b>Measured at.</b> A measurement's {@code measuredAt} lies within the enrollment: not before the start of its
 * first day (Europe/Helsinki) and not later than {@link #CLOCK_SKEW} after now.</li>
 * </ul>
 */
public final class RecordRules {

    /** How far a device's clock may run ahead of the server's. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private RecordRules() {
    }

    /** Whether a text contains a control character other than tab, line feed and carriage return. */
    public static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }

    /** The fields of the request whose text contains a control character, each once. */
    public static List<FieldError> controlCharacters(RecordRequest request) {
        List<FieldError> errors = new ArrayList<>();
        checkText("text", request.text(), errors);
        checkText("unit", request.unit(), errors);
        if (request.values() != null) {
            request.values().keySet().forEach(key -> checkText("values", key, errors));
        }
        if (request.answers() != null) {
            request.answers().forEach((key, answer) -> {
                checkText("answers", key, errors);
                checkValue("answers." + key, answer, errors);
            });
        }
        return errors.stream().distinct().toList();
    }

    private static void checkValue(String field, Object value, List<FieldError> errors) {
        if (value instanceof String text) {
            checkText(field, text, errors);
        } else if (value instanceof Iterable<?> list) {
            list.forEach(item -> checkValue(field, item, errors));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> {
                checkValue(field, key, errors);
                checkValue(field, item, errors);
            });
        }
    }

    private static void checkText(String field, String text, List<FieldError> errors) {
        if (text != null && hasControlCharacter(text)) {
            errors.add(new FieldError(field, "field.control-characters"));
        }
    }

    /** Why a measurement's {@code measuredAt} is refused, if it is: before the enrollment or in the future. */
    public static Optional<FieldError> measuredAt(Instant measuredAt, Instant now, LocalDate startedOn, ZoneId zone) {
        if (measuredAt == null) {
            return Optional.empty();
        }
        if (measuredAt.isAfter(now.plus(CLOCK_SKEW))) {
            return Optional.of(new FieldError("measuredAt", "measurement.measured-in-future"));
        }
        if (measuredAt.isBefore(startedOn.atStartOfDay(zone).toInstant())) {
            return Optional.of(
                    new FieldError("measuredAt", Messages.text("measurement.measured-before-start", startedOn)));
        }
        return Optional.empty();
    }
}
