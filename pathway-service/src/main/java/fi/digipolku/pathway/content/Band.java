package fi.digipolku.pathway.content;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fi.digipolku.support.http.Identifiers;

/** An interpretation of a score: {@code min <= score < max} (e.g. low, moderate, high risk). */
public record Band(
        @NotBlank @Size(max = 64) @Pattern(regexp = Identifiers.KEY, message = Identifiers.KEY_MESSAGE) String key,
        @Size(max = 3) Map<@Pattern(regexp = "fi|sv|en", message = "{digipolku.language}") String, @Size(max = 200) String> label,
        double min,
        double max) {

    public boolean contains(double score) {
        return score >= min && score < max;
    }
}
