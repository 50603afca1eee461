package fi.digipolku.pathway.progress;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import fi.digipolku.pathway.content.MeasurementType;

/**
 * What a progress record holds besides its facts, stored as the JSONB {@code payload} of {@code progress_record} and
 * shown in the API as it is stored. Each module type fills its own fields and leaves the others null, which are left
 * out: a measurement has {@code values}, {@code unit}, {@code loinc} and {@code measuredAt}; a questionnaire or risk
 * test {@code answers} (an empty object when nothing was answered); a diary entry {@code text}; viewed content and a
 * done task nothing ({@code {}}).
 * <p>
 * The key names are constants here for SQL that reads the column ({@code payload ->> 'loinc'}). The keys are written
 * in the order PostgreSQL keeps them in {@code jsonb} (shorter keys first), so a record shows the same order whether
 * it was just made or read back. Maps are kept as given, in their own order. Hibernate writes the column with its own
 * Jackson mapper ({@code quarkus.hibernate-orm.mapping.format.global=ignore}), which would write an {@code Instant} as
 * epoch seconds: {@code measuredAt} is therefore shaped as a string explicitly. Unknown keys are ignored on reading, so
 * a row never fails to load.
 *
 * @param unit the UCUM unit of the values
 * @param loinc the LOINC code of the measurement
 * @param values the measured values by name ({@code value}, or {@code systolic} and {@code diastolic})
 * @param measuredAt when it was measured; an ISO-8601 string as {@link Instant#toString()} writes it
 * @param answers the answers by item key, as the client gave them
 * @param text the diary entry
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({RecordPayload.UNIT, RecordPayload.LOINC, RecordPayload.VALUES, RecordPayload.MEASURED_AT,
        RecordPayload.ANSWERS, RecordPayload.TEXT})
@Schema(description = "What the record holds besides its facts; each module type fills its own members and leaves "
        + "the others out: a measurement unit, loinc, values and measuredAt (when it was measured); a questionnaire or risk test answers; a "
        + "diary entry text; viewed content and a done task nothing ({})")
public record RecordPayload(
        @Schema(description = "The UCUM unit of the values") String unit,
        @Schema(description = "The LOINC code of the measurement") String loinc,
        @Schema(description = "The measured values by key. " + MeasurementType.RECORDING) Map<String, Double> values,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant measuredAt,
        @Schema(description = "The answers by item key, as the client gave them: an option key for a single "
                + "choice, a list of option keys for a multiple choice, a number for a number or scale item, a text "
                + "for a text item") Map<String, Object> answers,
        @Schema(description = "The diary entry") String text) {

    public static final String UNIT = "unit";
    public static final String LOINC = "loinc";
    public static final String VALUES = "values";
    public static final String MEASURED_AT = "measuredAt";
    public static final String ANSWERS = "answers";
    public static final String TEXT = "text";

    private static final RecordPayload NONE = new RecordPayload(null, null, null, null, null, null);

    /** A measurement: its values, unit and LOINC code, and when it was measured. */
    public static RecordPayload measurement(Map<String, Double> values, String unit, String loinc,
            Instant measuredAt) {
        return new RecordPayload(unit, loinc, values, measuredAt, null, null);
    }

    /** The answers to a questionnaire or risk test; none given is stored as an empty object. */
    public static RecordPayload answers(Map<String, Object> answers) {
        return new RecordPayload(null, null, null, null, answers == null ? Map.of() : answers, null);
    }

    /** A diary entry. */
    public static RecordPayload diary(String text) {
        return new RecordPayload(null, null, null, null, null, text);
    }

    /** Nothing: viewed content or a done task. */
    public static RecordPayload none() {
        return NONE;
    }
}
