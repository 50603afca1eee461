package fi.digipolku.pathway.progress;

import java.time.Instant;
import java.util.Map;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.digipolku.pathway.content.MeasurementType;

/**
 * What the client records on a module; which part is needed depends on the module's type: {@code answers} for a
 * questionnaire or risk test, {@code values} (and optionally {@code unit}, {@code measuredAt}) for a measurement,
 * {@code text} for a diary entry; nothing for viewing content or finishing a task.
 */
@Schema(description = "What the client records; which part depends on the module's type: answers for a "
        + "questionnaire or risk test; values (unit and measuredAt optional) for a measurement, where measuredAt (default "
        + "now) is not before the pathway started nor more than 5 minutes ahead of the server's clock; text for a diary "
        + "entry; nothing for viewed information or instructions and a done task")
public record RecordRequest(
        @Schema(description = "Questionnaire or risk test: the answers by item key; an option key for a single "
                + "choice, a list of option keys for a multiple choice, a number for a number or scale item, a text "
                + "for a text item") @Size(max = 100) Map<String, Object> answers,
        @Schema(description = "Measurement: the measured values by key. "
                + MeasurementType.RECORDING) @Size(max = 2) Map<String, Double> values,
        @Schema(description = "Measurement: the unit of the values; left out, the module's unit. Any other unit is "
                + "refused") @Size(max = 30) String unit,
        Instant measuredAt,
        @Schema(description = "Diary: the entry") @Size(max = 5000) String text) {
}
