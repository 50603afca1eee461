package fi.digipolku.support.inbox;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

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

    /**
     * Runs {@code effect} for each of the events this consumer has not processed before, in their order, all in one
     * transaction with their marks (a batch of events costs one commit instead of one each).
     *
     * @return how many effects ran
     */
    @Transactional
    public <T> int onceEach(String consumer, List<T> events, Function<T, String> eventId, Consumer<T> effect) {
        if (events.isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        Set<String> fresh = new HashSet<>(em.createNativeQuery("""
                INSERT INTO processed_event (consumer, event_id) SELECT ?1, unnest(CAST(?2 AS text[]))
                ON CONFLICT DO NOTHING RETURNING event_id""", String.class)
                .setParameter(1, consumer)
                .setParameter(2, events.stream().map(eventId).toArray(String[]::new))
                .getResultList());
        int applied = 0;
        for (T event : events) {
            if (fresh.remove(eventId.apply(event))) {
                effect.accept(event);
                applied++;
            }
        }
        return applied;
    }
}
