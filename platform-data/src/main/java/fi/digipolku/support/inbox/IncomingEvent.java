package fi.digipolku.support.inbox;

import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;

import fi.digipolku.events.EventData;
import fi.digipolku.events.EventType;
import fi.digipolku.support.event.EventEnvelope;

/**
 * A platform event as a consumer receives it: the envelope, its short type and its JSON data. Reading is the same for
 * every consumer: a message that is not a structured CloudEvent with JSON data is logged by id (never by content) and
 * skipped, so it cannot block its partition.
 */
public record IncomingEvent(CloudEvent envelope, String type, JsonNode data) {

    private static final Logger LOG = Logger.getLogger(IncomingEvent.class);

    public String id() {
        return envelope.getId();
    }

    /** The event in a message, or empty (and a log line) when the message cannot be read. */
    public static Optional<IncomingEvent> read(String channel, String message, ObjectMapper json) {
        CloudEvent event;
        try {
            event = EventEnvelope.fromJson(message);
        } catch (EventEnvelope.InvalidEventException e) {
            LOG.warnf("Skipped an unreadable message on %s", channel);
            return Optional.empty();
        }
        try {
            return Optional.of(new IncomingEvent(event, EventEnvelope.shortType(event), EventEnvelope.data(event,
                    json)));
        } catch (EventEnvelope.InvalidEventException e) {
            LOG.warnf("Skipped event %s on %s: its data is not JSON", event.getId(), channel);
            return Optional.empty();
        }
    }

    /** Whether this is an event of that type (of any version: readers of a version also read the older ones). */
    public boolean is(EventType<?> eventType) {
        return type.equals(eventType.name());
    }

    /**
     * The data read into the type's record, every required field present; data that does not fit is an
     * {@link EventEnvelope.InvalidEventException} naming the fields, never their values.
     */
    public <T extends Record> T as(EventType<T> eventType, ObjectMapper json) {
        if (!is(eventType)) {
            throw new IllegalArgumentException("event " + id() + " is " + type + ", not " + eventType.name());
        }
        T value;
        try {
            value = json.treeToValue(data, eventType.data());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new EventEnvelope.InvalidEventException("event " + id() + " does not fit " + eventType.name()
                    + " v" + eventType.version(), null);
        }
        List<String> missing = EventData.missing(value);
        if (!missing.isEmpty()) {
            throw new EventEnvelope.InvalidEventException("event " + id() + " lacks " + String.join(", ", missing),
                    null);
        }
        return value;
    }

    /** Logs that an event was read but its facts were incomplete, by id and reason only. */
    public void skipped(String reason) {
        LOG.warnf("Skipped event %s: %s", id(), reason);
    }
}
