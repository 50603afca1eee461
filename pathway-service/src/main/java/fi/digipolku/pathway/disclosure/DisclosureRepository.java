package fi.digipolku.pathway.disclosure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/** The disclosure log ({@code disclosure}), append-only: rows are inserted and read, never changed. */
@ApplicationScoped
public class DisclosureRepository {

    /** One stored disclosure, as the client reads it back. */
    public record Row(UUID id, Instant at, String integrator, String resourceType, String[] resourceIds) {
    }

    private final EntityManager em;

    public DisclosureRepository(EntityManager em) {
        this.em = em;
    }

    /** Appends one release of a client's resources of one type to an integrator. */
    public void insert(UUID id, Instant at, String integrator, String clientSubject, String resourceType,
            List<String> resourceIds, String requestId) {
        em.createNativeQuery("""
                INSERT INTO disclosure (id, at, integrator, client_subject, resource_type, resource_ids, request_id)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, id).setParameter(2, Timestamp.from(at))
                .setParameter(3, integrator).setParameter(4, clientSubject).setParameter(5, resourceType)
                .setParameter(6, resourceIds.toArray(String[]::new)).setParameter(7, requestId)
                .executeUpdate();
    }

    /** One page of the client's disclosures, newest first. */
    public List<Row> ofClient(String clientSubject, int page, int size) {
        return em.unwrap(Session.class).createNativeQuery("""
                SELECT id, at, integrator, resource_type, resource_ids FROM disclosure
                WHERE client_subject = ?1 ORDER BY at DESC, id LIMIT ?2 OFFSET ?3""", Row.class)
                .setParameter(1, clientSubject).setParameter(2, size).setParameter(3, (long) page * size)
                .getResultList();
    }

    public long countOfClient(String clientSubject) {
        return em.unwrap(Session.class).createNativeQuery("SELECT count(*) FROM disclosure WHERE client_subject = ?1",
                Long.class).setParameter(1, clientSubject).getSingleResult();
    }
}
