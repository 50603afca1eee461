package fi.digipolku.pathway.progress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import fi.digipolku.pathway.Fixtures;
import fi.digipolku.support.testing.TestTokens;
import fi.digipolku.support.testing.events.OutboxEvents;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ReminderServiceTest {

    @Inject
    ReminderService reminders;

    private final OutboxEvents events = new OutboxEvents();

    private final String nurse = TestTokens.professional("nurse-4", "weight-team");

    private String enroll(boolean switchOff) {
        Map<String, Object> weight = Fixtures.weightManagement();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> modules = (List<Map<String, Object>>) weight.get("modules");
        modules.add(Map.of("key", "lab-today", "type", "REMINDER", "dayOffset", 0, "title", Map.of("fi", "Labra"),
                "body", Map.of("fi", "Muista laboratorio tänään.")));
        modules.add(Map.of("key", "lab-later", "type", "REMINDER", "dayOffset", 30, "title", Map.of("fi", "Labra"),
                "body", Map.of("fi", "Kontrolli.")));
        String definition = Fixtures.published(weight);
        String enrollment = given().auth().oauth2(nurse).contentType(ContentType.JSON)
                .body(Map.of("definitionId", definition, "clientSubject", "client-" + UUID.randomUUID()))
                .post("/api/v1/enrollments").then().statusCode(201).extract().path("id");
        if (switchOff) {
            given().auth().oauth2(nurse).contentType(ContentType.JSON).body(Map.of("enabled", false))
                    .header("If-Match", Fixtures.etag(nurse, "/api/v1/enrollments/" + enrollment))
                    .put("/api/v1/enrollments/" + enrollment + "/modules/lab-today").then().statusCode(200);
        }
        return enrollment;
    }

    @Test
    void aReminderIsAnnouncedOnItsDayOnceAndNotWhenSwitchedOff() throws Exception {
        reminders.announceDue();
        events.clear();
        String enrollment = enroll(false);
        String switchedOff = enroll(true);

        assertThat(reminders.announceDue()).isEqualTo(1);
        assertThat(reminders.announceDue()).isZero();

        List<JsonNode> due = events.ofType("reminder.due");
        assertThat(due).hasSize(1);
        assertThat(due.get(0).get("subject").asText()).isEqualTo(enrollment).isNotEqualTo(switchedOff);
        assertThat(due.get(0).get("data").get("moduleKey").asText()).isEqualTo("lab-today");
    }
}
