package fi.digipolku.pathway.content;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fi.digipolku.support.http.Identifiers;

/** A choice of a single- or multiple-choice item; its weight adds to the score when chosen. */
public record AnswerOption(
        @NotBlank @Size(max = 64) @Pattern(regexp = Identifiers.KEY, message = Identifiers.KEY_MESSAGE) String key,
        @Size(max = 3) Map<@Pattern(regexp = "fi|sv|en", message = "{digipolku.language}") String, @Size(max = 500) String> text,
        double weight) {
}
