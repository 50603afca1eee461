package fi.digipolku.pathway.definition;

import java.time.Instant;
import java.util.UUID;

/**
 * A definition as the API shows it. Admins see the draft; everyone else sees only the latest published content (then
 * {@code draft} is null).
 */
public record DefinitionView(UUID id, DefinitionStatus status, int latestVersion, DefinitionContent published,
        DefinitionContent draft, Instant createdAt, Instant updatedAt, long etag) {
}
