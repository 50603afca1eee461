package fi.digipolku.pathway.content;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fi.digipolku.support.http.Identifiers;

/**
 * One question. Choice items score the weights of the chosen options; NUMBER and SCALE items score
 * {@code value × weight}; TEXT items never score. {@code min}/{@code max} bound NUMBER and SCALE answers.
 */
public record QuestionnaireItem(
        @NotBlank @Size(max = 64) @Pattern(regexp = Identifiers.KEY, message = Identifiers.KEY_MESSAGE) String key,
        @NotNull ItemType type,
        @Size(max = 3) Map<@Pattern(regexp = "fi|sv|en", message = "{digipolku.language}") String, @Size(max = 2000) String> text,
        boolean required,
        @Size(max = 50) List<@Valid AnswerOption> options,
        Double min,
        Double max,
        Double weight) {

    public QuestionnaireItem {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
