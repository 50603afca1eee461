package fi.digipolku.pathway.enrollment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Enrollments, queried through the indexes the migration creates. */
@ApplicationScoped
public class EnrollmentRepository implements PanacheRepositoryBase<Enrollment, UUID> {

    /** The enrollment this person started with this Idempotency-Key, if any. */
    public java.util.Optional<Enrollment> startedWith(String startedBy, String idempotencyKey) {
        return find("startedBy = ?1 and idempotencyKey = ?2", startedBy, idempotencyKey).firstResultOptional();
    }

    public boolean activeExists(String clientSubject, UUID definitionId) {
        return count("clientSubject = ?1 and definitionId = ?2 and status = ?3", clientSubject, definitionId,
                EnrollmentStatus.ACTIVE) > 0;
    }

    public PanacheQuery<Enrollment> ofClient(String clientSubject, boolean ended) {
        String status = ended ? "status <> :active" : "status = :active";
        return find("clientSubject = :client and " + status, Sort.descending("startedAt").and("id"),
                Parameters.with("client", clientSubject).and("active", EnrollmentStatus.ACTIVE));
    }

    public PanacheQuery<Enrollment> followedByTeams(List<String> teams, boolean ended) {
        String status = ended ? "status <> :active" : "status = :active";
        return find("followedByTeam = true and careTeam in :teams and " + status,
                Sort.descending("lastActivityAt").and("id"),
                Parameters.with("teams", teams).and("active", EnrollmentStatus.ACTIVE));
    }

    /** The keys of the modules on which the enrollment has at least one record. */
    public List<String> doneModules(UUID enrollmentId) {
        return getEntityManager()
                .createQuery("select distinct moduleKey from ProgressRecord where enrollmentId = ?1", String.class)
                .setParameter(1, enrollmentId).getResultList();
    }

    public List<Enrollment> activeEndedBefore(LocalDate today, int limit) {
        return find("status = ?1 and endsOn < ?2", Sort.by("endsOn").and("id"), EnrollmentStatus.ACTIVE, today)
                .page(0, limit).list();
    }
}
