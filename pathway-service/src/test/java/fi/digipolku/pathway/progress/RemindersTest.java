package fi.digipolku.pathway.progress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

import fi.digipolku.pathway.Fixtures;
import fi.digipolku.support.outbox.OutboxRelay;
import fi.digipolku.support.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class RemindersTest {

    @Inject
    Reminders reminders;

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    OutboxRelay relay;

    @Inject
    ObjectMapper json;

    private final String admin = TestTokens.admin("admin-1");
    private final String nurse = TestTokens.professional("nurse-4", "weight-team");

    private String enroll(boolean switchOff) {
        Map<String, Object> weight = Fixtures.weightManagement();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> modules = (List<Map<String, Object>>) weight.get("modules");
        modules.add(Map.of("key", "lab-today", "type", "REMINDER", "dayOffset", 0, "title", Map.of("fi", "Labra"),
                "body", Map.of("fi", "Muista laboratorio tänään.")));
        modules.add(Map.of("key", "lab-later", "type", "REMINDER", "dayOffset", 30, "title", Map.of("fi", "Labra"),
                "body", Map.of("fi", "Kontrolli.")));
        String definition = given().auth().oauth2(admin).contentType(ContentType.JSON).body(weight)
                .post("/api/v1/pathway-definitions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin).post("/api/v1/pathway-definitions/" + definition + "/publish").then()
                .statusCode(200);
        String enrollment = given().auth().oauth2(nurse).contentType(ContentType.JSON)
                .body(Map.of("definitionId", definition, "clientSubject", "client-" + UUID.randomUUID()))
                .post("/api/v1/enrollments").then().statusCode(201).extract().path("id");
        if (switchOff) {
            given().auth().oauth2(nurse).contentType(ContentType.JSON).body(Map.of("enabled", false))
                    .put("/api/v1/enrollments/" + enrollment + "/modules/lab-today").then().statusCode(200);
        }
        return enrollment;
    }

    private List<JsonNode> reminderEvents() throws Exception {
        relay.relayDue();
        List<JsonNode> events = new ArrayList<>();
        for (var message : connector.<String>sink(OutboxRelay.CHANNEL).received()) {
            JsonNode event = json.readTree(message.getPayload());
            if (event.get("type").asText().equals("fi.digipolku.reminder.due")) {
                events.add(event);
            }
        }
        return events;
    }

    @Test
    void aReminderIsAnnouncedOnItsDayOnceAndNotWhenSwitchedOff() throws Exception {
        reminders.announceDue();
        relay.relayDue();
        connector.sink(OutboxRelay.CHANNEL).clear();
        String enrollment = enroll(false);
        String switchedOff = enroll(true);

        assertThat(reminders.announceDue()).isEqualTo(1);
        assertThat(reminders.announceDue()).isZero();

        List<JsonNode> events = reminderEvents();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("subject").asText()).isEqualTo(enrollment).isNotEqualTo(switchedOff);
        assertThat(events.get(0).get("data").get("moduleKey").asText()).isEqualTo("lab-today");
    }
}
