package fi.digipolku.feedback.pathway;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The pathway versions pathway-service published (table {@code pathway_version}). */
@ApplicationScoped
public class PathwayVersionRepository implements PanacheRepositoryBase<PathwayVersion, PathwayVersion.Key> {

    /** The name of one version of a pathway. */
    public record VersionName(UUID definitionId, String name, int version) {
    }

    /** The version, or null when it was never announced. */
    public PathwayVersion version(UUID definitionId, int version) {
        return findById(new PathwayVersion.Key(definitionId, version));
    }

    /** The name of every version of every pathway, oldest version first. */
    public List<VersionName> names() {
        return getEntityManager().createQuery("""
                select new fi.digipolku.feedback.pathway.PathwayVersionRepository$VersionName(
                    p.id.definitionId, p.name, p.id.version)
                from PathwayVersion p order by p.id.version""", VersionName.class).getResultList();
    }
}
