package fi.digipolku.support.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;

class EventEnvelopeTest {

    private static final Instant AT = Instant.parse("2026-06-03T07:00:00Z");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void roundTripsAStructuredCloudEvent() throws Exception {
        JsonNode data = json.readTree("{\"enrollmentId\":\"e-1\",\"definitionId\":\"d-1\"}");
        CloudEvent event = EventEnvelope.create("/pathway-service", "enrollment.started", "e-1", data,
                Instant.parse("2026-11-21T10:00:00Z"));

        String wire = EventEnvelope.toJson(event);
        JsonNode structured = json.readTree(wire);
        assertThat(structured.get("specversion").asText()).isEqualTo("1.0");
        assertThat(structured.get("type").asText()).isEqualTo("fi.digipolku.enrollment.started");
        assertThat(structured.get("subject").asText()).isEqualTo("e-1");
        assertThat(structured.get("data").get("definitionId").asText()).isEqualTo("d-1");

        CloudEvent read = EventEnvelope.fromJson(wire);
        assertThat(read.getId()).isEqualTo(event.getId());
        assertThat(EventEnvelope.shortType(read)).isEqualTo("enrollment.started");
        assertThat(EventEnvelope.data(read, json)).isEqualTo(data);
    }

    @Test
    void everyEventGetsItsOwnId() throws Exception {
        JsonNode data = json.readTree("{}");
        CloudEvent a = EventEnvelope.create("/s", "x.happened", "1", data, AT);
        CloudEvent b = EventEnvelope.create("/s", "x.happened", "1", data, AT);

        assertThat(a.getId()).isNotEqualTo(b.getId());
    }

    @Test
    void refusesPrefixedTypesAndUnreadableInput() {
        assertThatThrownBy(() -> EventEnvelope.create("/s", "fi.digipolku.x.happened", "1", json.createObjectNode(),
                AT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventEnvelope.fromJson("{\"hello\":1}"))
                .isInstanceOf(EventEnvelope.InvalidEventException.class);
        assertThatThrownBy(() -> EventEnvelope.fromJson("not json"))
                .isInstanceOf(EventEnvelope.InvalidEventException.class);
    }
}
