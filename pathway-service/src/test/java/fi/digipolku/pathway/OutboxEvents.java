package fi.digipolku.pathway;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.memory.InMemoryConnector;

import fi.digipolku.support.outbox.OutboxRelay;

/** The events the service published, as service tests see them: relayed from the outbox to the in-memory sink. */
@ApplicationScoped
public class OutboxEvents {

    private final InMemoryConnector connector;
    private final OutboxRelay relay;
    private final ObjectMapper json;

    public OutboxEvents(@Any InMemoryConnector connector, OutboxRelay relay, ObjectMapper json) {
        this.connector = connector;
        this.relay = relay;
        this.json = json;
    }

    /** Relays what is pending and forgets everything published so far. */
    public void clear() {
        relay.relayDue();
        connector.sink(OutboxRelay.CHANNEL).clear();
    }

    /** Every event published since {@link #clear()}, in order. */
    public List<JsonNode> all() {
        relay.relayDue();
        List<JsonNode> events = new ArrayList<>();
        for (var message : connector.<String>sink(OutboxRelay.CHANNEL).received()) {
            try {
                events.add(json.readTree(message.getPayload()));
            } catch (JsonProcessingException e) {
                throw new AssertionError("an event is not JSON", e);
            }
        }
        return events;
    }

    /** The events of one type, e.g. {@code measurement.recorded}. */
    public List<JsonNode> ofType(String type) {
        return all().stream().filter(e -> e.get("type").asText().equals("fi.digipolku." + type)).toList();
    }
}
