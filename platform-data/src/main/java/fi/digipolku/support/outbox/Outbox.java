package fi.digipolku.support.outbox;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;

import fi.digipolku.events.EventData;
import fi.digipolku.events.EventType;
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
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    public Outbox(EntityManager em, ObjectMapper json, OutboxConfig config, Clock clock,
            TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.em = em;
        this.json = json;
        this.config = config;
        this.clock = clock;
        this.transactions = transactions;
        this.relay = relay;
    }

    /**
     * Records a fact about an aggregate, as an event of the catalogue.
     *
     * @param type the event type: its name, version (the CloudEvent's dataschema) and topic
     * @param aggregateId the aggregate's id: the event subject and Kafka key, so order holds per aggregate
     * @param data the event's data; pseudonymous ids only
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends Record> CloudEvent publish(EventType<T> type, String aggregateId, T data) {
        String topic = config.topic()
                .orElseThrow(() -> new IllegalStateException("digipolku.outbox.topic is not configured"));
        if (!topic.equals(type.topic())) {
            throw new IllegalArgumentException(type.name() + " belongs on " + type.topic() + ", not " + topic);
        }
        List<String> missing = EventData.missing(data);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(type.name() + " without " + String.join(", ", missing));
        }
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
        wakeRelayOnCommit();
        return event;
    }

    /** Once per transaction: when it commits, the relay is woken instead of finding the events at its next poll. */
    private void wakeRelayOnCommit() {
        if (transactions.getResource(OutboxRelay.class) != null) {
            return;
        }
        transactions.putResource(OutboxRelay.class, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
