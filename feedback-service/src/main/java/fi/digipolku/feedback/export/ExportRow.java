package fi.digipolku.feedback.export;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One answered feedback request as it goes into the national delivery ({@link NationalExport}).
 *
 * <p>
 * Identity, survey and date fields come from the platform itself and are required here: a row without them is a
 * programming error, not a data problem. The organisational metadata ({@code costCentre}, {@code placeOfService},
 * {@code auraServiceClass}) comes from pathway configuration, which people fill in and can leave empty; those gaps are
 * not errors of this record but are caught and reported by {@link NationalExport}. Answer values are checked against
 * the instrument's scales so an impossible value can never reach the national data.
 *
 * @param responseId the answer's identifier
 * @param surveyKey the survey (instrument) key
 * @param surveyVersion the survey version
 * @param definitionId the care pathway definition the answer belongs to
 * @param definitionVersion the version of that pathway definition
 * @param careTeam the care team's identifier or name, optional
 * @param placeOfService the place of service (toimipaikka) code, required for delivery
 * @param costCentre the cost centre (kustannuspaikka), required for delivery
 * @param auraServiceClass the AURA service class code, required for delivery
 * @param contactType the contact type (e.g. remote, visit), optional
 * @param clientSegment the client's age group such as {@code 18-29}; {@code null} or blank becomes {@code unknown}
 * @param requestedOn the day the feedback request was sent, optional
 * @param answeredOn the day the answer was given
 * @param nps likelihood to recommend 0–10, optional
 * @param ces Customer Effort Score 1–7, optional
 * @param statements agreement statements (1–5) by key; only the national keys are exported; never {@code null} after
 *        construction, {@code null} values are dropped
 * @param openText the anonymised open answer, optional
 */
public record ExportRow(
        UUID responseId,
        String surveyKey,
        int surveyVersion,
        UUID definitionId,
        int definitionVersion,
        String careTeam,
        String placeOfService,
        String costCentre,
        String auraServiceClass,
        String contactType,
        String clientSegment,
        LocalDate requestedOn,
        LocalDate answeredOn,
        Integer nps,
        Integer ces,
        Map<String, Integer> statements,
        String openText) {

    /** The client segment used when the age group is not known. */
    public static final String UNKNOWN_SEGMENT = "unknown";

    public ExportRow {
        Objects.requireNonNull(responseId, "responseId");
        Objects.requireNonNull(definitionId, "definitionId");
        Objects.requireNonNull(answeredOn, "answeredOn");
        if (surveyKey == null || surveyKey.isBlank()) {
            throw new IllegalArgumentException("surveyKey must not be blank");
        }
        if (clientSegment == null || clientSegment.isBlank()) {
            clientSegment = UNKNOWN_SEGMENT;
        }
        checkRange("nps", nps, 0, 10);
        checkRange("ces", ces, 1, 7);
        TreeMap<String, Integer> copy = new TreeMap<>();
        if (statements != null) {
            statements.forEach((key, value) -> {
                Objects.requireNonNull(key, "statement key");
                if (value != null) {
                    checkRange("statement " + key, value, 1, 5);
                    copy.put(key, value);
                }
            });
        }
        statements = Collections.unmodifiableMap(copy);
    }

    private static void checkRange(String name, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new IllegalArgumentException(name + " must be " + min + "–" + max + ", was " + value);
        }
    }
}
