package fi.digipolku.support.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Idempotent consumption: remembers which event ids a consumer has applied, in the same transaction as the effect,
 * so that Kafka's at-least-once redelivery changes nothing the second time.
 */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager em;

    public ProcessedEvents(EntityManager em) {
        this.em = em;
    }

    /**
     * Runs {@code effect} if this consumer has not processed the event before; the mark and the effect commit or roll
     * back together.
     *
     * @return true if the effect ran, false for a duplicate
     */
    @Transactional
    public boolean once(String consumer, String eventId, Runnable effect) {
        int inserted = em.createNativeQuery(
                "INSERT INTO processed_event (consumer, event_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        effect.run();
        return true;
    }
}
