package fi.digipolku.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;

import fi.digipolku.events.MessagingEvents;
import fi.digipolku.events.PathwayEvents;
import fi.digipolku.support.event.EventEnvelope;

class OutboxTest {

    /** An outbox on a recording database, in a transaction that never completes (so the relay is never woken). */
    private static Outbox outbox(EntityManager em, Clock clock) {
        Map<Object, Object> resources = new HashMap<>();
        TransactionSynchronizationRegistry transaction = (TransactionSynchronizationRegistry) Proxy.newProxyInstance(
                OutboxTest.class.getClassLoader(), new Class<?>[]{TransactionSynchronizationRegistry.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getResource" -> resources.get(args[0]);
                    case "putResource" -> resources.put(args[0], args[1]);
                    default -> null;
                });
        return new Outbox(em, new ObjectMapper(), config(), clock, transaction, null);
    }

    @Test
    void anEventHappensAtTheClocksTimeNotTheMachines() {
        Instant then = Instant.parse("2026-12-31T21:59:59Z");
        Map<Integer, Object> inserted = new HashMap<>();
        Outbox outbox = outbox(recording(inserted), Clock.fixed(then, ZoneOffset.UTC));

        CloudEvent event = outbox.publish(PathwayEvents.DEFINITION_RETIRED, DEFINITION.toString(),
                new PathwayEvents.DefinitionRetired(DEFINITION, 3));

        assertThat(event.getTime().toInstant()).isEqualTo(then);
        assertThat(EventEnvelope.fromJson((String) inserted.get(5)).getTime().toInstant()).isEqualTo(then);
    }

    @Test
    void anEventCarriesItsCatalogueTypeAndVersionAndGoesOnItsTopic() {
        Map<Integer, Object> inserted = new HashMap<>();
        Outbox outbox = outbox(recording(inserted), Clock.systemUTC());

        outbox.publish(PathwayEvents.DEFINITION_RETIRED, DEFINITION.toString(),
                new PathwayEvents.DefinitionRetired(DEFINITION, 3));

        CloudEvent stored = EventEnvelope.fromJson((String) inserted.get(5));
        assertThat(stored.getType()).isEqualTo("fi.digipolku.definition.retired");
        assertThat(stored.getDataSchema()).hasToString("urn:digipolku:event:definition.retired:1");
        assertThat(inserted.get(2)).isEqualTo("pathway-events");
        assertThat(new String(stored.getData().toBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("{\"definitionId\":\"" + DEFINITION + "\",\"version\":3}");
    }

    @Test
    void anEventOfAnotherServicesTopicOrWithoutARequiredFieldIsRefused() {
        Outbox outbox = outbox(recording(new HashMap<>()), Clock.systemUTC());

        assertThatThrownBy(() -> outbox.publish(MessagingEvents.THREAD_CLOSED, "t-1",
                new MessagingEvents.ThreadClosed(DEFINITION, DEFINITION, DEFINITION, "team", "c", "done", false)))
                .hasMessageContaining("belongs on messaging-events");
        assertThatThrownBy(() -> outbox.publish(PathwayEvents.FLAG_RAISED, "e-1",
                new PathwayEvents.FlagRaised(DEFINITION, DEFINITION, null, "weight", "measurement-out-of-range")))
                .hasMessageContaining("without careTeam");
    }

    private static final UUID DEFINITION = UUID.fromString("3f1c2a52-51c4-4b8e-9f43-5f0f2b1f6a10");

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
