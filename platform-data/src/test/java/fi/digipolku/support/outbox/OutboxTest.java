package fi.digipolku.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;

import fi.digipolku.support.event.EventEnvelope;

class OutboxTest {

    @Test
    void anEventHappensAtTheClocksTimeNotTheMachines() {
        Instant then = Instant.parse("2026-12-31T21:59:59Z");
        Map<Integer, Object> inserted = new HashMap<>();
        Outbox outbox = new Outbox(recording(inserted), new ObjectMapper(), config(),
                Clock.fixed(then, ZoneOffset.UTC));

        CloudEvent event = outbox.publish("enrollment.started", "e-1", Map.of("enrollmentId", "e-1"));

        assertThat(event.getTime().toInstant()).isEqualTo(then);
        assertThat(EventEnvelope.fromJson((String) inserted.get(5)).getTime().toInstant()).isEqualTo(then);
    }

    /** An entity manager whose one native query records its parameters. */
    private static EntityManager recording(Map<Integer, Object> parameters) {
        Query query = (Query) Proxy.newProxyInstance(Query.class.getClassLoader(), new Class<?>[]{Query.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setParameter" -> {
                        parameters.put((Integer) args[0], args[1]);
                        yield proxy;
                    }
                    case "executeUpdate" -> 1;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[]{EntityManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("createNativeQuery")) {
                        return query;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static OutboxConfig config() {
        return (OutboxConfig) Proxy.newProxyInstance(OutboxConfig.class.getClassLoader(),
                new Class<?>[]{OutboxConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "topic" -> Optional.of("pathway-events");
                    case "source" -> "/pathway-service";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
