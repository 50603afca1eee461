package fi.digipolku.messaging.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.digipolku.support.inbox.IncomingEvent;

/**
 * Turns this service's own events into live alerts. Each instance reads {@code messaging-events} in a consumer group
 * of its own from the latest offset, so a professional connected to any instance hears of contacts and breaches
 * raised on any other; nothing here is stored, so a missed alert is only a missed notification, never lost data.
 */
@ApplicationScoped
public class AlertIntake {

    public static final String CHANNEL = "messaging-alerts";

    private final AlertHub hub;
    private final ObjectMapper json;
    private final Clock clock;

    public AlertIntake(AlertHub hub, ObjectMapper json, Clock clock) {
        this.hub = hub;
        this.json = json;
        this.clock = clock;
    }

    @Incoming(CHANNEL)
    public void accept(String message) {
        IncomingEvent.read(CHANNEL, message, json).ifPresent(event -> {
            Alert alert;
            try {
                alert = alertOf(event.type(), event.data(), event.envelope().getTime() == null
                        ? clock.instant()
                        : event.envelope().getTime().toInstant());
            } catch (RuntimeException e) {
                event.skipped("not an alertable event");
                return;
            }
            if (alert != null) {
                hub.publish(alert);
            }
        });
    }

    /** The alert an event raises: a client message that started the promise clock, or a breach; else null. */
    static Alert alertOf(String type, JsonNode data, Instant at) {
        Set<String> teams = new LinkedHashSet<>();
        teams.add(data.path("team").asText());
        UUID threadId = UUID.fromString(data.path("threadId").asText());
        Instant dueAt = data.hasNonNull("dueAt") ? Instant.parse(data.get("dueAt").asText()) : null;
        boolean contactRequest = data.path("contactRequest").asBoolean(false);
        return switch (type) {
            case "message.sent" -> data.path("startedClock").asBoolean(false)
                    ? new Alert(Alert.CONTACT, threadId, teams, dueAt, contactRequest, at)
                    : null;
            case "promise.breached" -> {
                if (data.hasNonNull("escalatedTo")) {
                    teams.add(data.get("escalatedTo").asText());
                }
                yield new Alert(Alert.BREACH, threadId, teams, dueAt, contactRequest, at);
            }
            default -> null;
        };
    }
}
