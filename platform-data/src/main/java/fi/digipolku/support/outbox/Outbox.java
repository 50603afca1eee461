package fi.digipolku.support.outbox;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;

import fi.digipolku.support.event.EventEnvelope;

/**
 * Writes an event to the outbox table in the caller's transaction: the event exists exactly when the change it
 * describes was committed. {@link OutboxRelay} takes it to Kafka.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final ObjectMapper json;
    private final OutboxConfig config;
    private final Clock clock;

    public Outbox(EntityManager em, ObjectMapper json, OutboxConfig config, Clock clock) {
        this.em = em;
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Records a fact about an aggregate.
     *
     * @param type past-tense fact without prefix, e.g. {@code enrollment.started}
     * @param aggregateId the aggregate's id: the event subject and Kafka key, so order holds per aggregate
     * @param data event data, serialised as JSON; pseudonymous ids only
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(String type, String aggregateId, Object data) {
        String topic = config.topic()
                .orElseThrow(() -> new IllegalStateException("digipolku.outbox.topic is not configured"));
        JsonNode payload = json.valueToTree(data);
        CloudEvent event = EventEnvelope.create(config.source(), type, aggregateId, payload, clock.instant());
        em.createNativeQuery("""
                INSERT INTO outbox_event (event_id, topic, message_key, event_type, payload)
                VALUES (CAST(?1 AS uuid), ?2, ?3, ?4, ?5)""")
                .setParameter(1, event.getId())
                .setParameter(2, topic)
                .setParameter(3, aggregateId)
                .setParameter(4, event.getType())
                .setParameter(5, EventEnvelope.toJson(event))
                .executeUpdate();
        return event;
    }
}
