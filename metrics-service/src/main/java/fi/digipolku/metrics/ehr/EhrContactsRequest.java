package fi.digipolku.metrics.ehr;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Phone calls and visits of one month from the EHR, for a team, a pathway, or a pathway in a team. */
public record EhrContactsRequest(@NotBlank @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])") String month,
        UUID definitionId, @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String team,
        @NotNull @Min(0) @Max(10_000_000) Integer phoneCalls, @NotNull @Min(0) @Max(10_000_000) Integer visits) {
}
