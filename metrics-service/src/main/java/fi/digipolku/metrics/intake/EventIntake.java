package fi.digipolku.metrics.intake;

import java.util.List;

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
 * Takes the platform's events from Kafka, every type of every topic, in batches (what one poll of the broker brings,
 * one transaction each): each is stored as a fact ({@link FactService}),
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
    public void pathwayEvents(List<String> messages) {
        accept(PATHWAY_EVENTS, messages);
    }

    @Incoming(MESSAGING_EVENTS)
    @Blocking(ordered = true)
    public void messagingEvents(List<String> messages) {
        accept(MESSAGING_EVENTS, messages);
    }

    @Incoming(FEEDBACK_EVENTS)
    @Blocking(ordered = true)
    public void feedbackEvents(List<String> messages) {
        accept(FEEDBACK_EVENTS, messages);
    }

    /** A batch as one poll of the broker brings it: applied in one transaction, each event once. */
    private void accept(String topic, List<String> messages) {
        List<IncomingEvent> events = messages.stream()
                .flatMap(message -> IncomingEvent.read(topic, message, json).stream()).toList();
        int applied = processed.onceEach(topic, events, IncomingEvent::id, facts::record);
        if (applied < events.size()) {
            LOG.debugf("%d of %d events on %s were already applied", events.size() - applied, events.size(), topic);
        }
    }
}
