package fi.digipolku.pathway.enrollment;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Enrollments, queried through the indexes the migration creates. */
@ApplicationScoped
public class EnrollmentRepository implements PanacheRepositoryBase<Enrollment, UUID> {

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
    /** Which of the modules have at least one record on the enrollment (one index probe each, however many records). */
    @SuppressWarnings("unchecked")
    public List<String> doneModules(UUID enrollmentId, List<String> moduleKeys) {
        if (moduleKeys.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createNativeQuery("""
                SELECT k FROM unnest(CAST(?1 AS text[])) AS k
                WHERE EXISTS (SELECT 1 FROM progress_record WHERE enrollment_id = ?2 AND module_key = k)""",
                String.class).setParameter(1, moduleKeys.toArray(String[]::new)).setParameter(2, enrollmentId)
                .getResultList();
    }

    /**
     * Active enrollments whose timeline ended before today, locked until the transaction ends, so that expiring them
     * does not conflict with records arriving at the same time (which wait, and move the version after).
     */
    public List<Enrollment> activeEndedBefore(LocalDate today, int limit) {
        return find("status = ?1 and endsOn < ?2", Sort.by("endsOn").and("id"), EnrollmentStatus.ACTIVE, today)
                .withLock(LockModeType.PESSIMISTIC_WRITE).page(0, limit).list();
    }

    /**
     * Moves the enrollment's last activity forward to {@code at} (never back; a row already as recent is not written),
     * and with it the enrollment's version, which is its ETag. A plain update, not a versioned one, so that records
     * arriving together do not conflict over it. It locks the enrollment's row until the transaction ends, so callers
     * make it their last statement; an {@link Enrollment} of the caller's persistence context keeps its old version.
     */
    public void touchActivity(UUID enrollmentId, Instant at) {
        getEntityManager()
                .createNativeQuery("UPDATE enrollment SET last_activity_at = ?1, row_version = row_version + 1"
                        + " WHERE id = ?2 AND last_activity_at < ?1")
                .setParameter(1, Timestamp.from(at)).setParameter(2, enrollmentId).executeUpdate();
    }

    /**
     * Reads the enrollment again and locks its row until the transaction ends: a change made after others (records
     * arriving together, which move its version) changes what they left, without conflicting with them.
     */
    public void lockFresh(Enrollment enrollment) {
        getEntityManager().refresh(enrollment, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The enrollments in a status that the teams follow, of one pathway when given, most recently active first.
     */
    public PanacheQuery<Enrollment> monitored(List<String> teams, EnrollmentStatus status, UUID definitionId) {
        return find(monitoredWhere(definitionId), Sort.descending("lastActivityAt").and("id"),
                monitoredParameters(teams, status, definitionId));
    }

    /** How many enrollments {@link #monitored} finds, counted up to {@code cap} only. */
    public long countMonitored(List<String> teams, EnrollmentStatus status, UUID definitionId, int cap) {
        var query = getEntityManager().createQuery("select id from Enrollment where " + monitoredWhere(definitionId),
                UUID.class).setMaxResults(cap);
        monitoredParameters(teams, status, definitionId).map().forEach(query::setParameter);
        return query.getResultList().size();
    }

    private static String monitoredWhere(UUID definitionId) {
        return "followedByTeam = true and careTeam in :teams and status = :status"
                + (definitionId == null ? "" : " and definitionId = :definition");
    }

    private static Parameters monitoredParameters(List<String> teams, EnrollmentStatus status, UUID definitionId) {
        Parameters parameters = Parameters.with("teams", teams).and("status", status);
        if (definitionId != null) {
            parameters.and("definition", definitionId);
        }
        return parameters;
    }
}
