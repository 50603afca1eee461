package fi.digipolku.support.testing.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.inject.Any;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

import fi.digipolku.support.outbox.OutboxRelay;

/**
 * The events a service published, as its service tests see them: relayed from the outbox to the in-memory sink. Use
 * inside a {@code @QuarkusTest}; the beans are looked up on each call.
 */
public class OutboxEvents {

    private final ObjectMapper json = new ObjectMapper();

    private static InMemoryConnector connector() {
        return Arc.container().select(InMemoryConnector.class, Any.Literal.INSTANCE).get();
    }

    private static OutboxRelay relay() {
        return Arc.container().instance(OutboxRelay.class).get();
    }

    /** Relays what is pending and forgets everything published so far. */
    public void clear() {
        relayAll();
        connector().sink(OutboxRelay.CHANNEL).clear();
    }

    /** Every event published since {@link #clear()}, in order. */
    public List<JsonNode> all() {
        relayAll();
        List<JsonNode> events = new ArrayList<>();
        for (var message : connector().<String>sink(OutboxRelay.CHANNEL).received()) {
            try {
                events.add(json.readTree(message.getPayload()));
            } catch (JsonProcessingException e) {
                throw new AssertionError("an event is not JSON", e);
            }
        }
        return events;
    }

    /**
     * Relays until nothing is left unsent. The relay's own schedule may hold the relay lock at that moment (then this
     * call relays nothing), so it waits until the schedule has sent and committed what it took.
     */
    private static void relayAll() {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            relay().relayDue();
            long unsent = QuarkusTransaction.requiringNew().call(() -> ((Number) Arc.container()
                    .instance(EntityManager.class).get()
                    .createNativeQuery("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL").getSingleResult())
                    .longValue());
            if (unsent == 0) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(unsent + " outbox events stayed unsent for 10 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** The events of one type, e.g. {@code measurement.recorded}. */
    public List<JsonNode> ofType(String type) {
        return all().stream().filter(e -> e.get("type").asText().equals("fi.digipolku." + type)).toList();
    }
}
