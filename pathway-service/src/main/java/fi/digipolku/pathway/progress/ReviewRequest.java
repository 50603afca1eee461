package fi.digipolku.pathway.progress;

import java.time.Instant;

/** Review everything of an enrollment recorded up to this moment; null means now. */
public record ReviewRequest(Instant upTo) {
}
