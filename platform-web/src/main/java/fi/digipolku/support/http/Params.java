package fi.digipolku.support.http;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import fi.digipolku.support.problem.Messages;
import fi.digipolku.support.problem.ProblemException;

/**
 * Typed query parameters that answer 400 with the parameter named when malformed (JAX-RS itself would answer 404 for
 * a query parameter it cannot convert).
 */
public final class Params {

    private static final Pattern MONTH = Pattern.compile("[1-9][0-9]{3}-(0[1-9]|1[0-2])");
    private static final Pattern DATE = Pattern.compile("[1-9][0-9]{3}-(0[1-9]|1[0-2])-[0-3][0-9]");

    private Params() {
    }

    /**
     * The value without surrounding spaces; a control character anywhere (NUL, a line break…) or a value of nothing but
     * spaces is a 400, not the default.
     */
    private static String clean(String name, String value) {
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.invalid(name, "field.control-characters");
        }
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw ProblemException.invalid(name, "field.blank-parameter");
        }
        return stripped;
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(clean(name, value));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "field.uuid");
        }
    }

    /** A calendar day such as {@code 2026-11-22}, or null when absent. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        String day = clean(name, value);
        if (!DATE.matcher(day).matches()) {
            throw ProblemException.invalid(name, "field.date");
        }
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "field.date");
        }
    }

    /** A month such as {@code 2026-11}, or null when absent. */
    public static YearMonth month(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!MONTH.matcher(clean(name, value)).matches()) {
            throw ProblemException.invalid(name, "field.month");
        }
        return YearMonth.parse(clean(name, value));
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, clean(name, value).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E constant : type.getEnumConstants()) {
                allowed.append(allowed.isEmpty() ? "" : ", ").append(constant.name());
            }
            throw ProblemException.invalid(name, Messages.text("field.one-of", allowed));
        }
    }
}
