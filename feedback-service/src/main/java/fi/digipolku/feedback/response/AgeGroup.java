package fi.digipolku.feedback.response;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client segment a feedback response keeps instead of the person: an age group, read from the personal identity
 * code the strong authentication put in the token (birth date and century sign) and then forgotten.
 */
public final class AgeGroup {

    public static final String UNKNOWN = "unknown";

    private static final Pattern HETU = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})([-+A-FU-Y])\\d{3}[0-9A-Y]",
            Pattern.CASE_INSENSITIVE);

    private AgeGroup() {
    }

    /** One of {@code 0-17}, {@code 18-29}, {@code 30-44}, {@code 45-64}, {@code 65-74}, {@code 75+} or unknown. */
    public static String of(String identityCode, LocalDate today) {
        if (identityCode == null) {
            return UNKNOWN;
        }
        Matcher m = HETU.matcher(identityCode.trim());
        if (!m.matches()) {
            return UNKNOWN;
        }
        int century = switch (Character.toUpperCase(m.group(4).charAt(0))) {
            case '+' -> 1800;
            case '-', 'U', 'V', 'W', 'X', 'Y' -> 1900;
            default -> 2000;
        };
        LocalDate born;
        try {
            born = LocalDate.of(century + Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            return UNKNOWN;
        }
        if (born.isAfter(today)) {
            return UNKNOWN;
        }
        int age = Period.between(born, today).getYears();
        if (age < 18) {
            return "0-17";
        } else if (age < 30) {
            return "18-29";
        } else if (age < 45) {
            return "30-44";
        } else if (age < 65) {
            return "45-64";
        } else if (age < 75) {
            return "65-74";
        }
        return "75+";
    }
}
