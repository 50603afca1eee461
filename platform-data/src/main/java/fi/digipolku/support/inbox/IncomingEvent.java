package fi.digipolku.support.inbox;

import java.util.Optional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;

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

    /** Logs that an event was read but its facts were incomplete, by id and reason only. */
    public void skipped(String reason) {
        LOG.warnf("Skipped event %s: %s", id(), reason);
    }
}
