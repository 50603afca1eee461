package fi.digipolku.pathway.content;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A link shown with information or instructions; only https addresses. */
public record Link(
        @NotBlank @Size(max = 2000) @Pattern(regexp = "https://\\S+", message = "{digipolku.https-address}") String url,
        @Size(max = 3) Map<@Pattern(regexp = "fi|sv|en", message = "{digipolku.language}") String, @Size(max = 200) String> label) {
}
