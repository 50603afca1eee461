package fi.digipolku.pathway.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Progress records ({@code progress_record}): what clients did on their enrollments. */
@ApplicationScoped
public class ProgressRecordRepository implements PanacheRepositoryBase<ProgressRecord, UUID> {

    /** The day on which a record of a module was made. */
    public record RecordedDay(String moduleKey, LocalDate recordedOn) {
    }

    /**
     * The records of the enrollment, newest first, of one module when given, without the private entries of anyone
     * but {@code reader}.
     */
    public PanacheQuery<ProgressRecord> readable(UUID enrollmentId, String reader, String moduleKey) {
        String where = "enrollmentId = :enrollment and (privateEntry = false or author = :reader)"
                + (moduleKey == null ? "" : " and moduleKey = :module");
        Parameters parameters = Parameters.with("enrollment", enrollmentId).and("reader", reader);
        if (moduleKey != null) {
            parameters.and("module", moduleKey);
        }
        return find(where, Sort.descending("recordedAt").and("id"), parameters);
    }

    /** The days on which each module of the enrollment was recorded (each day once, however many records). */
    public List<RecordedDay> recordedDays(UUID enrollmentId) {
        return getEntityManager().createQuery(
                "select distinct moduleKey, recordedOn from ProgressRecord where enrollmentId = ?1", RecordedDay.class)
                .setParameter(1, enrollmentId).getResultList();
    }

    /** The days each module was recorded on, for several enrollments at once (a monitoring page). */
    public Map<UUID, List<RecordedDay>> recordedDays(Collection<UUID> enrollmentIds) {
        Map<UUID, List<RecordedDay>> days = new HashMap<>();
        if (enrollmentIds.isEmpty()) {
            return days;
        }
        getEntityManager().createQuery(
                "select distinct enrollmentId, moduleKey, recordedOn from ProgressRecord where enrollmentId in ?1",
                Object[].class).setParameter(1, enrollmentIds).getResultList()
                .forEach(row -> days.computeIfAbsent((UUID) row[0], k -> new ArrayList<>())
                        .add(new RecordedDay((String) row[1], (LocalDate) row[2])));
        return days;
    }

    /**
     * The enrollment's records up to a moment that are neither reviewed nor private, oldest first, locked until the
     * transaction ends: a review made at the same time waits, and each record is reviewed once.
     */
    public List<ProgressRecord> unreviewedUpTo(UUID enrollmentId, Instant until) {
        return find("enrollmentId = ?1 and reviewedAt is null and recordedAt <= ?2 and privateEntry = false",
                Sort.by("recordedAt").and("id"), enrollmentId, until).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
