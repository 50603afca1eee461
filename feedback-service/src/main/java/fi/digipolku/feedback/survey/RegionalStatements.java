package fi.digipolku.feedback.survey;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fi.digipolku.support.http.Identifiers;

/** A region's own agreement statements, asked after the national ones. */
public record RegionalStatements(@NotNull @Size(max = 10) List<@Valid @NotNull Statement> statements) {

    /** One statement: a key of its own and its texts. */
    public record Statement(
            @NotBlank @Size(max = 40) @Pattern(regexp = Identifiers.WORD_SLUG, message = Identifiers.WORD_SLUG_MESSAGE) String key,
            @NotEmpty Map<@Pattern(regexp = "fi|sv|en", message = "{digipolku.language}") String, @NotBlank @Size(max = 500) String> text) {
    }
}
