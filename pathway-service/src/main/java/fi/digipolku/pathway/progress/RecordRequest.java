package fi.digipolku.pathway.progress;

import java.time.Instant;
import java.util.Map;

import jakarta.validation.constraints.Size;

/**
 * What the client records on a module; which part is needed depends on the module's type: {@code answers} for a
 * questionnaire or risk test, {@code values} (and optionally {@code unit}, {@code measuredAt}) for a measurement,
 * {@code text} for a diary entry; nothing for viewing content or finishing a task.
 */
public record RecordRequest(
        @Size(max = 100) Map<String, Object> answers,
        @Size(max = 2) Map<String, Double> values,
        @Size(max = 30) String unit,
        Instant measuredAt,
        @Size(max = 5000) String text) {
}
