package fi.digipolku.pathway.definition;

import java.time.Instant;
import java.util.UUID;

import fi.digipolku.support.http.ETags;

/**
 * A definition as the API shows it. Admins see the draft; everyone else sees only the latest published content (then
 * {@code draft} is null). {@code etag} is also its ETag header (304 to a matching If-None-Match).
 */
public record DefinitionView(UUID id, DefinitionStatus status, int latestVersion, DefinitionContent published,
        DefinitionContent draft, Instant createdAt, Instant updatedAt, long etag) implements ETags.Versioned {
}
