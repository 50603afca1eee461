package fi.digipolku.messaging.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import fi.digipolku.events.MessagingEvents;
import fi.digipolku.events.MessagingEvents.MessageSent;
import fi.digipolku.events.MessagingEvents.PromiseBreached;
import fi.digipolku.support.event.EventEnvelope;
import fi.digipolku.support.inbox.IncomingEvent;

/**
 * Turns this service's own events into live alerts. Each instance reads {@code messaging-events} in a consumer group
 * of its own from the latest offset, so a professional connected to any instance hears of contacts and breaches
 * raised on any other; nothing here is stored, so a missed alert is only a missed notification, never lost data.
 * Events of either version are read (version 1 named the team {@code team}).
 */
@ApplicationScoped
public class AlertEventIntake {

    public static final String CHANNEL = "messaging-alerts";

    private final AlertHub hub;
    private final ObjectMapper json;
    private final Clock clock;

    public AlertEventIntake(AlertHub hub, ObjectMapper json, Clock clock) {
        this.hub = hub;
        this.json = json;
        this.clock = clock;
    }

    @Incoming(CHANNEL)
    public void accept(String message) {
        IncomingEvent.read(CHANNEL, message, json).ifPresent(event -> {
            Instant at = event.envelope().getTime() == null
                    ? clock.instant()
                    : event.envelope().getTime().toInstant();
            Optional<Alert> alert;
            try {
                alert = alertOf(event, json, at);
            } catch (EventEnvelope.InvalidEventException e) {
                event.skipped(e.getMessage());
                return;
            }
            alert.ifPresent(hub::publish);
        });
    }

    /**
     * The alert an event raises: a client message that started the promise clock, or a breach (also to the team it
     * escalated to); nothing for any other event.
     *
     * @throws EventEnvelope.InvalidEventException when the event's data lacks what its type requires
     */
    static Optional<Alert> alertOf(IncomingEvent event, ObjectMapper json, Instant at) {
        if (event.is(MessagingEvents.MESSAGE_SENT)) {
            MessageSent sent = event.as(MessagingEvents.MESSAGE_SENT, json);
            return sent.startedClock()
                    ? Optional.of(new Alert(Alert.CONTACT, sent.threadId(), Set.of(sent.careTeam()), sent.dueAt(),
                            sent.contactRequest(), at))
                    : Optional.empty();
        }
        if (event.is(MessagingEvents.PROMISE_BREACHED)) {
            PromiseBreached breached = event.as(MessagingEvents.PROMISE_BREACHED, json);
            Set<String> teams = new LinkedHashSet<>();
            teams.add(breached.careTeam());
            if (breached.escalatedTo() != null) {
                teams.add(breached.escalatedTo());
            }
            return Optional.of(new Alert(Alert.BREACH, breached.threadId(), teams, breached.dueAt(),
                    breached.contactRequest(), at));
        }
        return Optional.empty();
    }
}
