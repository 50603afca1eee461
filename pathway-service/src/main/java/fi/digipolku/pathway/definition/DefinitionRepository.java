package fi.digipolku.pathway.definition;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Definitions and their published versions. */
@ApplicationScoped
public class DefinitionRepository implements PanacheRepositoryBase<PathwayDefinition, UUID> {

    /**
     * Published versions never change, so their content is read and parsed once and then kept, for the versions
     * enrollments are on (a bounded number, least recently used dropped first). Only enrollments' versions come here:
     * they were committed before any enrollment could start on them.
     */
    private final Cache<DefinitionVersion.Key, DefinitionContent> contents = Caffeine.newBuilder()
            .maximumSize(2_000).build();

    /** The content of a published version that an enrollment is on. */
    public Optional<DefinitionContent> content(UUID definitionId, int version) {
        DefinitionVersion.Key key = new DefinitionVersion.Key(definitionId, version);
        DefinitionContent content = contents.getIfPresent(key);
        if (content == null) {
            content = version(definitionId, version).map(v -> v.content).orElse(null);
            if (content != null) {
                contents.put(key, content);
            }
        }
        return Optional.ofNullable(content);
    }

    public Optional<DefinitionVersion> version(UUID definitionId, int version) {
        return Optional.ofNullable(getEntityManager().find(DefinitionVersion.class,
                new DefinitionVersion.Key(definitionId, version)));
    }

    public void persistVersion(DefinitionVersion version) {
        getEntityManager().persist(version);
    }

    /** Every published version, oldest first. */
    public List<DefinitionVersion> publishedVersions() {
        return getEntityManager().createQuery("from DefinitionVersion order by publishedAt, definitionId, version",
                DefinitionVersion.class).getResultList();
    }
}
