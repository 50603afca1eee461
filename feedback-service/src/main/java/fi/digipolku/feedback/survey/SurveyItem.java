package fi.digipolku.feedback.survey;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fi.digipolku.support.http.Identifiers;

/**
 * One question of a survey. {@code national} items are the national instrument's and cannot be changed by a region.
 */
public record SurveyItem(
        @NotBlank @Size(max = 40) @Pattern(regexp = Identifiers.WORD_SLUG, message = Identifiers.WORD_SLUG_MESSAGE) String key,
        @NotNull ItemType type,
        @NotEmpty Map<@Pattern(regexp = "fi|sv|en", message = "{digipolku.language}") String, @NotBlank @Size(max = 500) String> text,
        boolean national, boolean required) {
}
