package fi.digipolku.support.testing.events;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.inject.Any;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.quarkus.arc.Arc;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

import fi.digipolku.support.event.EventEnvelope;

/**
 * Another service's events as a consumer's service tests deliver them: structured CloudEvents sent into an incoming
 * channel that the test profile binds to the in-memory connector. Use inside a {@code @QuarkusTest}.
 */
public final class InMemoryEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private InMemoryEvents() {
    }

    /**
     * Sends one event with a fresh id.
     *
     * @return the event id, to send the same event again as a redelivery
     */
    public static String send(String channel, String source, String type, String subject, Map<String, ?> data) {
        return send(channel, source, type, subject, data, UUID.randomUUID().toString());
    }

    /** Sends one event with the given id (a redelivery when the id was sent before), at the application's clock. */
    public static String send(String channel, String source, String type, String subject, Map<String, ?> data,
            String eventId) {
        return send(channel, source, type, subject, data, eventId,
                Arc.container().select(Clock.class).get().instant());
    }

    /** Sends one event with the given id that happened at the given time (e.g. one that arrives late). */
    public static String send(String channel, String source, String type, String subject, Map<String, ?> data,
            String eventId, Instant time) {
        var event = CloudEventBuilder.v1(EventEnvelope.create(source, type, subject, JSON.valueToTree(data), time))
                .withId(eventId).build();
        sendRaw(channel, EventEnvelope.toJson(event));
        return eventId;
    }

    /**
     * Sends a message as it is, e.g. one that is not a CloudEvent at all; to a channel that takes batches
     * ({@code mp.messaging.incoming.<channel>.batch=true}) as a batch of one, as the Kafka connector would.
     */
    public static void sendRaw(String channel, String message) {
        InMemoryConnector connector = Arc.container().select(InMemoryConnector.class, Any.Literal.INSTANCE).get();
        boolean batch = ConfigProvider.getConfig()
                .getOptionalValue("mp.messaging.incoming." + channel + ".batch", Boolean.class).orElse(false);
        if (batch) {
            connector.<List<String>>source(channel).send(List.of(message));
        } else {
            connector.<String>source(channel).send(message);
        }
    }
}
