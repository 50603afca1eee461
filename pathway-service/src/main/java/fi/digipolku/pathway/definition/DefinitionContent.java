package fi.digipolku.pathway.definition;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fi.digipolku.pathway.content.ContentModule;
import fi.digipolku.support.http.Identifiers;

/**
 * What an admin edits in a pathway definition. Names and descriptions are keyed by language ({@code fi}, {@code sv},
 * {@code en}). A draft may be incomplete; {@link DefinitionRules#publishErrors} says what publishing needs.
 */
public record DefinitionContent(
        @NotNull @Size(min = 1, max = 3) Map<@Pattern(regexp = "fi|sv|en", message = "{digipolku.language}") String, @NotBlank @Size(max = 200) String> name,
        @Size(max = 3) Map<@Pattern(regexp = "fi|sv|en", message = "{digipolku.language}") String, @Size(max = 4000) String> description,
        @NotNull PathwayKind kind,
        @NotNull TargetGroup targetGroup,
        @NotNull CarePhase carePhase,
        @NotNull @Min(1) @Max(3650) Integer durationDays,
        @NotBlank @Size(max = 100) @Pattern(regexp = Identifiers.SLUG, message = Identifiers.SLUG_MESSAGE) String careTeam,
        boolean messagingEnabled,
        @Size(max = 200) String owningUnit,
        @Size(max = 200) String responsiblePerson,
        FeedbackTiming feedbackTiming,
        @Valid ServiceEvent serviceEvent,
        @Size(max = 200) List<@NotNull @Valid ContentModule> modules) {

    public DefinitionContent {
        description = description == null ? Map.of() : description;
        modules = modules == null ? List.of() : List.copyOf(modules);
    }
}
