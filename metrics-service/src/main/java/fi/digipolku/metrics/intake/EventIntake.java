package fi.digipolku.metrics.intake;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.cloudevents.CloudEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;

import fi.digipolku.support.event.EventEnvelope;
import fi.digipolku.support.inbox.ProcessedEvents;

/**
 * Takes the platform's events from Kafka. Each event is applied once (redeliveries are recognised by the event id);
 * an event that cannot be read is logged by id and skipped so it does not block its partition.
 */
@ApplicationScoped
public class EventIntake {

    public static final String PATHWAY_EVENTS = "pathway-events";
    public static final String MESSAGING_EVENTS = "messaging-events";
    public static final String FEEDBACK_EVENTS = "feedback-events";

    private static final Logger LOG = Logger.getLogger(EventIntake.class);

    private final ProcessedEvents processed;
    private final FactRecorder recorder;

    public EventIntake(ProcessedEvents processed, FactRecorder recorder) {
        this.processed = processed;
        this.recorder = recorder;
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
        CloudEvent event;
        try {
            event = EventEnvelope.fromJson(message);
        } catch (EventEnvelope.InvalidEventException e) {
            LOG.warnf("Skipped an unreadable message on %s", topic);
            return;
        }
        boolean applied = processed.once(topic, event.getId(), () -> recorder.record(event));
        if (!applied) {
            LOG.debugf("Event %s was already applied", event.getId());
        }
    }
}
