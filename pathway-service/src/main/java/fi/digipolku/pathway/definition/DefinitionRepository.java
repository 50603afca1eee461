package fi.digipolku.pathway.definition;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Definitions and their published versions. */
@ApplicationScoped
public class DefinitionRepository implements PanacheRepositoryBase<PathwayDefinition, UUID> {

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
