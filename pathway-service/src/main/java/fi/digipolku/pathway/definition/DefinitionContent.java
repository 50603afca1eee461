package fi.digipolku.pathway.definition;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an admin edits in a pathway definition. Names and descriptions are keyed by language ({@code fi}, {@code sv},
 * {@code en}); Finnish is required before publishing.
 */
public record DefinitionContent(
        @NotNull @Size(min = 1, max = 3) Map<@Pattern(regexp = "fi|sv|en") String, @NotBlank @Size(max = 200) String> name,
        @Size(max = 3) Map<@Pattern(regexp = "fi|sv|en") String, @Size(max = 4000) String> description,
        @NotNull PathwayKind kind,
        @NotNull TargetGroup targetGroup,
        @NotNull CarePhase carePhase,
        @NotNull @Min(1) @Max(3650) Integer durationDays,
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9][a-z0-9-]*") String careTeam,
        boolean messagingEnabled) {

    public DefinitionContent {
        description = description == null ? Map.of() : description;
    }
}
