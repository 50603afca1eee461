package fi.digipolku.feedback.report;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One client's answer to the national customer-experience instrument, as the reports see it.
 *
 * <p>
 * Every part is optional because respondents may skip any question. Values are checked against the instrument's
 * scales here, once, so the calculators can trust them: an out-of-range value would silently distort a mean or the NPS.
 *
 * @param nps the likelihood-to-recommend answer, 0–10, or {@code null} when skipped
 * @param ces the Customer Effort Score, 1–7, or {@code null} when skipped or not asked
 * @param statements agreement statements by key (national keys such as {@code availability}, plus any regional ones),
 *        each 1–5; a {@code null} value means the statement was skipped and is dropped; never {@code null} after
 *        construction, sorted by key and unmodifiable
 * @param openText the open answer after anonymisation, or {@code null}
 */
public record Answer(Integer nps, Integer ces, Map<String, Integer> statements, String openText) {

    public static final int NPS_MIN = 0;
    public static final int NPS_MAX = 10;
    public static final int CES_MIN = 1;
    public static final int CES_MAX = 7;
    public static final int STATEMENT_MIN = 1;
    public static final int STATEMENT_MAX = 5;

    public Answer {
        checkRange("nps", nps, NPS_MIN, NPS_MAX);
        checkRange("ces", ces, CES_MIN, CES_MAX);
        TreeMap<String, Integer> copy = new TreeMap<>();
        if (statements != null) {
            statements.forEach((key, value) -> {
                if (key == null || key.isBlank()) {
                    throw new IllegalArgumentException("statement key must not be blank");
                }
                if (value != null) {
                    checkRange("statement " + key, value, STATEMENT_MIN, STATEMENT_MAX);
                    copy.put(key, value);
                }
            });
        }
        statements = Collections.unmodifiableMap(copy);
    }

    /** An answer without an open text. */
    public Answer(Integer nps, Integer ces, Map<String, Integer> statements) {
        this(nps, ces, statements, null);
    }

    private static void checkRange(String name, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new IllegalArgumentException(name + " must be " + min + "–" + max + ", was " + value);
        }
    }
}
