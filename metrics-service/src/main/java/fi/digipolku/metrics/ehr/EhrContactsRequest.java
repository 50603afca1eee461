package fi.digipolku.metrics.ehr;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fi.digipolku.support.http.Identifiers;

/** Phone calls and visits of one month from the EHR, for a team, a pathway, or a pathway in a team. */
public record EhrContactsRequest(
        @NotBlank @Pattern(regexp = Identifiers.MONTH, message = Identifiers.MONTH_MESSAGE) String month,
        UUID definitionId,
        @Size(max = 64) @Pattern(regexp = Identifiers.TEAM, message = Identifiers.TEAM_MESSAGE) String team,
        @NotNull @Min(0) @Max(10_000_000) Integer phoneCalls, @NotNull @Min(0) @Max(10_000_000) Integer visits) {
}
