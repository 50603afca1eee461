package fi.digipolku.metrics.intake;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;

import fi.digipolku.events.FeedbackEvents;
import fi.digipolku.events.MessagingEvents;
import fi.digipolku.events.PathwayEvents;
import fi.digipolku.support.inbox.Consumption;
import fi.digipolku.support.inbox.IncomingEvent;

/**
 * Takes the platform's events from Kafka, every type of every topic: each is stored as a fact ({@link FactService}),
 * so this intake does not use the strict per-type reading of {@code EventHandlers}. Each event is applied once
 * (redeliveries are recognised by the event id); an event that cannot be read is logged by id and skipped so it does
 * not block its partition.
 */
@ApplicationScoped
public class EventIntake {

    public static final String PATHWAY_EVENTS = PathwayEvents.TOPIC;
    public static final String MESSAGING_EVENTS = MessagingEvents.TOPIC;
    public static final String FEEDBACK_EVENTS = FeedbackEvents.TOPIC;

    private static final Logger LOG = Logger.getLogger(EventIntake.class);

    private final Consumption processed;
    private final FactService facts;
    private final ObjectMapper json;

    public EventIntake(Consumption processed, FactService facts, ObjectMapper json) {
        this.processed = processed;
        this.facts = facts;
        this.json = json;
    }

    @Incoming(PATHWAY_EVENTS)
    @Blocking(ordered = true)
    public void pathwayEvent(String message) {
        accept(PATHWAY_EVENTS, message);
    }

    @Incoming(MESSAGING_EVENTS)
    @Blocking(ordered = true)
    public void messagingEvent(String message) {
        accept(MESSAGING_EVENTS, message);
    }

    @Incoming(FEEDBACK_EVENTS)
    @Blocking(ordered = true)
    public void feedbackEvent(String message) {
        accept(FEEDBACK_EVENTS, message);
    }

    private void accept(String topic, String message) {
        IncomingEvent.read(topic, message, json).ifPresent(event -> {
            if (!processed.once(topic, event.id(), () -> facts.record(event))) {
                LOG.debugf("Event %s was already applied", event.id());
            }
        });
    }
}
