package fi.digipolku.pathway.progress;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Flags ({@code flag}) raised for the care team on out-of-range measurements. */
@ApplicationScoped
public class FlagRepository implements PanacheRepositoryBase<Flag, UUID> {

    /** One page of the enrollment's flags, open ones first, then newest first. */
    public List<Flag> ofEnrollment(UUID enrollmentId, int page, int size) {
        Sort order = Sort.by("acknowledgedAt", Sort.Direction.Ascending, Sort.NullPrecedence.NULLS_FIRST)
                .and("raisedAt", Sort.Direction.Descending).and("id");
        return find("enrollmentId = ?1", order, enrollmentId).page(page, size).list();
    }

    public long countOfEnrollment(UUID enrollmentId) {
        return count("enrollmentId = ?1", enrollmentId);
    }

    /** How many flags nobody has acknowledged, per enrollment (a monitoring page); one without any is left out. */
    public Map<UUID, Long> countOpen(Collection<UUID> enrollmentIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (enrollmentIds.isEmpty()) {
            return counts;
        }
        getEntityManager().createQuery("""
                select enrollmentId, count(*) from Flag where enrollmentId in ?1 and acknowledgedAt is null
                group by enrollmentId""", Object[].class).setParameter(1, enrollmentIds).getResultList()
                .forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
