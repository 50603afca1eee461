package fi.digipolku.support.event;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventDeserializationException;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.jackson.JsonFormat;

import fi.digipolku.events.EventType;

/**
 * CloudEvents 1.0 in structured JSON mode, the form every Digipolku event has on Kafka. Types are the catalogue's
 * ({@code platform-events}) names prefixed {@value #TYPE_PREFIX} ({@code fi.digipolku.enrollment.started}), with the
 * type's version in {@code dataschema}; the subject is the aggregate id, which is also the Kafka key. Event data
 * carries pseudonymous ids only.
 */
public final class EventEnvelope {

    public static final String TYPE_PREFIX = EventType.PREFIX;
    public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;

    private static final EventFormat FORMAT = new JsonFormat();

    private EventEnvelope() {
    }

    /**
     * A new event with a fresh id.
     *
     * @param source the producing service, e.g. {@code /pathway-service}
     * @param type the event type (its CloudEvent type and dataschema)
     * @param subject the aggregate id
     * @param data the event data as JSON
     */
    public static CloudEvent create(String source, EventType<?> type, String subject, JsonNode data, Instant time) {
        return CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withSource(URI.create(source))
                .withType(type.cloudEventType())
                .withDataSchema(type.dataSchema())
                .withSubject(subject)
                .withTime(time.atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(data.toString().getBytes(StandardCharsets.UTF_8))
                .build();
    }

    /**
     * A new event of a type given by name, without a dataschema: for events made outside the catalogue (consumers'
     * tests that send old or malformed events).
     *
     * @param type the fact without prefix, e.g. {@code enrollment.started}
     */
    public static CloudEvent create(String source, String type, String subject, JsonNode data, Instant time) {
        if (type.startsWith(TYPE_PREFIX)) {
            throw new IllegalArgumentException("give the type without the prefix: " + type);
        }
        return CloudEventBuilder.v1()
                .withId(UUID.randomUUID().toString())
                .withSource(URI.create(source))
                .withType(TYPE_PREFIX + type)
                .withSubject(subject)
                .withTime(time.atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(data.toString().getBytes(StandardCharsets.UTF_8))
                .build();
    }

    public static String toJson(CloudEvent event) {
        return new String(FORMAT.serialize(event), StandardCharsets.UTF_8);
    }

    /** Reads a structured CloudEvent; anything else is an {@link InvalidEventException}. */
    public static CloudEvent fromJson(String json) {
        try {
            return FORMAT.deserialize(json.getBytes(StandardCharsets.UTF_8));
        } catch (EventDeserializationException | IllegalStateException | IllegalArgumentException e) {
            throw new InvalidEventException("not a structured CloudEvent", e);
        }
    }

    /** The type without the platform prefix ({@code enrollment.started}). */
    public static String shortType(CloudEvent event) {
        String type = event.getType();
        return type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : type;
    }

    public static JsonNode data(CloudEvent event, ObjectMapper json) {
        if (event.getData() == null) {
            throw new InvalidEventException("event " + event.getId() + " has no data", null);
        }
        try {
            return json.readTree(event.getData().toBytes());
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("event " + event.getId() + " has data that is not JSON", e);
        } catch (java.io.IOException e) {
            throw new InvalidEventException("event " + event.getId() + " has unreadable data", e);
        }
    }

    /** An event that cannot be read; consumers log it by id and skip it rather than block the partition. */
    public static class InvalidEventException extends RuntimeException {
        public InvalidEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
