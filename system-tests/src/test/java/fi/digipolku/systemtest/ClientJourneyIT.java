package fi.digipolku.systemtest;

import static fi.digipolku.systemtest.Stack.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;

/**
 * Whole journeys through the gateway with real tokens: a client on a self-care pathway and a client coached by the
 * weight team. The pathway's events are read back from real Kafka.
 */
class ClientJourneyIT {

    private static final String CLIENT_SUB = "00000000-0000-4000-8000-000000000001";

    @Test
    void aSelfCareJourneyFromStartToCompletionEmitsItsEvents() {
        String definition = Stack.publish(Stack.demoPathwayOpenToday("youth-sleep.json"), "Uni ja mieliala");
        String enrollment = as("client").contentType(ContentType.JSON).body(Map.of("definitionId", definition))
                .post("/api/v1/enrollments").then().statusCode(201).body("clientSubject", equalTo(CLIENT_SUB))
                .extract().path("id");

        as("client").get("/api/v1/enrollments/" + enrollment + "/timeline").then().statusCode(200)
                .body("dueToday.moduleKey", hasItem("sleep-basics"));
        Stack.record("client", enrollment, "sleep-basics", Map.of());
        Stack.record("client", enrollment, "mood-diary", Map.of("text", "Nukuin hyvin"));
        Stack.record("client", enrollment, "weekly-check", Map.of());
        Stack.record("client", enrollment, "end-check", Map.of("answers", Map.of("sleep-quality", 7)));

        as("client").get("/api/v1/enrollments/" + enrollment).then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
        as("client").get("/api/v1/enrollments?history=true&size=100").then().statusCode(200)
                .body("items.id", hasItem(enrollment));

        List<JsonNode> events = eventsOf(enrollment, 5);
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly(
                "fi.digipolku.enrollment.started", "fi.digipolku.content.viewed", "fi.digipolku.diary.entry-added",
                "fi.digipolku.task.completed", "fi.digipolku.questionnaire.submitted",
                "fi.digipolku.enrollment.completed");
        assertThat(events.toString()).doesNotContain("Nukuin hyvin");
        assertThat(events.get(4).get("data").get("score").asDouble()).isEqualTo(7.0);
    }

    @Test
    void aCoachedClientsAlarmingMeasurementReachesTheTeam() {
        String definition = Stack.publish(Stack.demoPathwayOpenToday("weight-management.json"), "Painonhallinta");
        String enrollment = Stack.startFor("nurse", definition, CLIENT_SUB);
        as("physio").contentType(ContentType.JSON).body(Map.of("definitionId", definition, "clientSubject",
                CLIENT_SUB)).post("/api/v1/enrollments").then().statusCode(403);

        Stack.record("client", enrollment, "weight", Map.of("values", Map.of("value", 252.0)));

        as("nurse").get("/api/v1/monitoring?size=100&definitionId=" + definition).then().statusCode(200)
                .body("items.find { it.enrollmentId == '" + enrollment + "' }.openFlags", equalTo(1));
        as("physio").get("/api/v1/enrollments/" + enrollment + "/flags").then().statusCode(404);
        String flag = as("nurse").get("/api/v1/enrollments/" + enrollment + "/flags").then().statusCode(200)
                .extract().path("items[0].id");
        as("nurse").post("/api/v1/enrollments/" + enrollment + "/flags/" + flag + "/acknowledge").then()
                .statusCode(200);
        Stack.ifMatch("nurse", "/api/v1/enrollments/" + enrollment).contentType(ContentType.JSON)
                .body(Map.of("reason", "Siirtyi toiselle alueelle"))
                .post("/api/v1/enrollments/" + enrollment + "/discontinue").then().statusCode(200)
                .body("status", equalTo("DISCONTINUED"));
    }

    @Test
    void theTwelveWeekPathwayDoesNotEndOnItsFirstDay() {
        String definition = Stack.publish(Stack.demoPathway("weight-management.json"), "Painonhallinta");
        String enrollment = Stack.startFor("nurse", definition, CLIENT_SUB);
        Stack.record("client", enrollment, "start-questionnaire",
                Map.of("answers", Map.of("meals", 3, "activity", "some", "wellbeing", 7)));

        // the end questionnaire opens on day 77: answering it today is refused, saying when it opens
        as("client").contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("answers", Map.of("wellbeing", 8))).post("/api/v1/enrollments/" + enrollment
                        + "/modules/end-questionnaire/records")
                .then().statusCode(409).contentType("application/problem+json").body("opensOn", notNullValue());
        as("client").get("/api/v1/enrollments/" + enrollment).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        assertThat(eventsOf(enrollment, 1)).extracting(e -> e.get("type").asText())
                .doesNotContain("fi.digipolku.enrollment.completed");
    }

    private List<JsonNode> eventsOf(String aggregate, int atLeast) {
        return Stack.eventsOf("pathway-events", aggregate, atLeast);
    }
}
