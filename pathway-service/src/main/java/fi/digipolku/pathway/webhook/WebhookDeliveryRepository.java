package fi.digipolku.pathway.webhook;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The webhook notification queue ({@code webhook_delivery}). */
@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    /** The webhook's parked notifications, most recently parked first, at most 100. */
    public List<WebhookDelivery> parked(UUID webhookId) {
        return find("webhookId = ?1 and status = ?2", Sort.descending("parkedAt").and("id"), webhookId,
                WebhookDelivery.Status.PARKED).page(0, 100).list();
    }

    /**
     * Leases up to {@code batch} pending notifications of live webhooks that are due at {@code now}, those due
     * longest first, by moving their next attempt to {@code leaseUntil}; rows another transaction holds are
     * skipped. Returns the ids leased.
     */
    public List<UUID> lease(Instant now, Instant leaseUntil, int batch) {
        return getEntityManager().unwrap(Session.class).createNativeQuery("""
                UPDATE webhook_delivery SET next_attempt_at = ?1
                WHERE id IN (SELECT d.id FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id
                             WHERE d.status = 'PENDING' AND d.next_attempt_at <= ?3 AND w.deleted_at IS NULL
                             ORDER BY d.next_attempt_at LIMIT ?2 FOR UPDATE OF d SKIP LOCKED)
                RETURNING id""", UUID.class).setParameter(1, Timestamp.from(leaseUntil)).setParameter(2, batch)
                .setParameter(3, Timestamp.from(now)).getResultList();
    }
}
