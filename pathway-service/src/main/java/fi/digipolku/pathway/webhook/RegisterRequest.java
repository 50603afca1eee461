package fi.digipolku.pathway.webhook;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** A webhook to register: where to POST, and for which resource types ({@code Observation}, {@code QuestionnaireResponse}). */
public record RegisterRequest(
        @NotBlank @Size(max = 2000) String url,
        @NotEmpty @Size(max = 5) List<@NotBlank @Size(max = 50) String> resourceTypes) {
}
