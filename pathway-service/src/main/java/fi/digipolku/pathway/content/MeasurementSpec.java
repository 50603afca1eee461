package fi.digipolku.pathway.content;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A measurement module: type, LOINC code and unit, plausible range per value (outside it a recording is refused),
 * alert range per value (outside it a recording raises a flag for the team), and the schedule.
 */
public record MeasurementSpec(
        @NotNull MeasurementType type,
        @Size(max = 20) @Pattern(regexp = "[0-9]{1,7}-[0-9]", message = "{digipolku.loinc}") String loinc,
        @Size(max = 30) String unit,
        Map<@Pattern(regexp = "value|systolic|diastolic", message = "{digipolku.measurement-value}") String, @Valid ValueRange> plausible,
        Map<@Pattern(regexp = "value|systolic|diastolic", message = "{digipolku.measurement-value}") String, @Valid ValueRange> alert,
        @Valid Schedule schedule) {

    public MeasurementSpec {
        plausible = plausible == null ? Map.of() : Map.copyOf(plausible);
        alert = alert == null ? Map.of() : Map.copyOf(alert);
    }

    /** The LOINC code of the module, or of its type when the module gives none. */
    public String effectiveLoinc() {
        return loinc != null ? loinc : type.loinc();
    }

    public String effectiveUnit() {
        return unit != null ? unit : type.unit();
    }
}
