package fi.digipolku.pathway.disclosure;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fi.digipolku.support.http.Page;
import fi.digipolku.support.http.RequestIds;

/**
 * The disclosure log: every release of a client's data to an integrator, with the resource ids, append-only. Kept
 * beside the access log (which records the same reads without ids) because the client wants to see exactly what
 * went to the patient record.
 */
@ApplicationScoped
public class Disclosures {

    private final EntityManager em;
    private final Clock clock;

    public Disclosures(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    public void record(String integrator, String clientSubject, String resourceType, List<String> resourceIds) {
        if (resourceIds.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                INSERT INTO disclosure (id, at, integrator, client_subject, resource_type, resource_ids, request_id)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, Timestamp.from(clock.instant()))
                .setParameter(3, integrator).setParameter(4, clientSubject).setParameter(5, resourceType)
                .setParameter(6, resourceIds.toArray(String[]::new)).setParameter(7, RequestIds.current())
                .executeUpdate();
    }

    /** The client's own disclosures, newest first. */
    public Page<DisclosureView> forClient(String clientSubject, int page, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, at, integrator, resource_type, resource_ids FROM disclosure
                WHERE client_subject = ?1 ORDER BY at DESC, id LIMIT ?2 OFFSET ?3""")
                .setParameter(1, clientSubject).setParameter(2, size).setParameter(3, (long) page * size)
                .getResultList();
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM disclosure WHERE client_subject = ?1")
                .setParameter(1, clientSubject).getSingleResult()).longValue();
        List<DisclosureView> items = rows.stream().map(row -> new DisclosureView(
                row[0] instanceof UUID uuid ? uuid : UUID.fromString(row[0].toString()), instant(row[1]),
                (String) row[2], (String) row[3], Arrays.asList((String[]) row[4]))).toList();
        return new Page<>(items, page, size, total);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
