package fi.digipolku.pathway.content;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fi.digipolku.support.http.Identifiers;

/**
 * One module of a pathway, placed on its timeline at {@code dayOffset} (day 0 is the start). The {@code key} is stable
 * across versions and names the module in progress records. Type-specific parts: {@code body} and {@code links} for
 * INFO, INSTRUCTION, TASK and REMINDER; {@code questionnaire} for QUESTIONNAIRE and RISK_TEST; {@code measurement};
 * {@code diary}. Required modules must be done for the enrollment to complete.
 */
public record ContentModule(
        @NotBlank @Size(max = 64) @Pattern(regexp = Identifiers.SLUG, message = Identifiers.SLUG_MESSAGE) String key,
        @NotNull ModuleType type,
        @Min(0) @Max(3650) int dayOffset,
        boolean required,
        @Size(max = 3) Map<@Pattern(regexp = "fi|sv|en", message = "{digipolku.language}") String, @Size(max = 200) String> title,
        @Size(max = 3) Map<@Pattern(regexp = "fi|sv|en", message = "{digipolku.language}") String, @Size(max = 20000) String> body,
        @Size(max = 20) List<@Valid Link> links,
        @Valid QuestionnaireSpec questionnaire,
        @Valid MeasurementSpec measurement,
        @Valid DiarySpec diary) {

    public ContentModule {
        title = title == null ? Map.of() : Map.copyOf(title);
        body = body == null ? Map.of() : Map.copyOf(body);
        links = links == null ? List.of() : List.copyOf(links);
    }
}
