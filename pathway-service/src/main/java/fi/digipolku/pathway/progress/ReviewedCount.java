package fi.digipolku.pathway.progress;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many records one review of everything up to a moment reviewed. */
@Schema(name = "ReviewedCount")
public record ReviewedCount(@Schema(description = "Records reviewed now: measurements and questionnaire answers not "
        + "reviewed before") int reviewed) {
}
