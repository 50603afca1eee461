package fi.digipolku.pathway.progress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import fi.digipolku.pathway.Fixtures;
import fi.digipolku.support.testing.OutboxEvents;
import fi.digipolku.support.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ProgressResourceTest {

    private final OutboxEvents events = new OutboxEvents();

    private final String admin = TestTokens.admin("admin-1");
    private final String nurse = TestTokens.professional("nurse-1", "weight-team");
    private String client;
    private String clientToken;
    private String coaching;

    @BeforeEach
    void setUp() {
        client = "client-" + UUID.randomUUID();
        clientToken = TestTokens.client(client);
        Map<String, Object> weight = Fixtures.weightManagement();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> modules = (List<Map<String, Object>>) weight.get("modules");
        modules.add(Map.of("key", "lab", "type", "REMINDER", "dayOffset", 10, "title", Map.of("fi", "Labra"),
                "body", Map.of("fi", "Varaa aika laboratorioon.")));
        modules.add(Map.of("key", "private-notes", "type", "DIARY", "dayOffset", 0, "title",
                Map.of("fi", "Omat muistiinpanot"), "diary", Map.of("kind", "FREE", "visibility", "PRIVATE")));
        String definition = Fixtures.published(weight);
        coaching = given().auth().oauth2(nurse).contentType(ContentType.JSON)
                .body(Map.of("definitionId", definition, "clientSubject", client)).post("/api/v1/enrollments")
                .then().statusCode(201).extract().path("id");
        events.clear();
    }

    private ValidatableResponse record(String token, String enrollment, String module, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/enrollments/" + enrollment + "/modules/" + module + "/records").then();
    }

    @Test
    void aMeasurementIsCheckedAndItsEventKeepsTheValueOut() throws Exception {
        record(clientToken, coaching, "weight", Map.of("values", Map.of("value", 82.5))).statusCode(201)
                .body("payload.values.value", equalTo(82.5f)).body("payload.unit", equalTo("kg"))
                .body("payload.loinc", equalTo("29463-7")).body("flagged", equalTo(false));

        List<JsonNode> recorded = events.ofType("measurement.recorded");
        assertThat(recorded).hasSize(1);
        JsonNode data = recorded.get(0).get("data");
        assertThat(data.get("onSchedule").asBoolean()).isTrue();
        assertThat(data.get("outOfRange").asBoolean()).isFalse();
        assertThat(data.get("measurementType").asText()).isEqualTo("BODY_WEIGHT");
        assertThat(recorded.get(0).toString()).doesNotContain("82.5");
    }

    @Test
    void aValueBeyondTheAlertRangeRaisesAFlagAndAnImplausibleOneIsRefused() throws Exception {
        record(clientToken, coaching, "weight", Map.of("values", Map.of("value", 260))).statusCode(201)
                .body("flagged", equalTo(true));
        assertThat(events.ofType("flag.raised")).hasSize(1);

        record(clientToken, coaching, "weight", Map.of("values", Map.of("value", 400))).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("values.value"));
        record(clientToken, coaching, "weight", Map.of("values", Map.of("value", 80), "unit", "lb")).statusCode(400)
                .body("errors.field", hasItem("unit"));
        record(clientToken, coaching, "weight", Map.of()).statusCode(400).body("errors.field", hasItem("values"));
        record(clientToken, coaching, "weight", Map.of("values", Map.of("value", "heavy"))).statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aRetriedRecordingWithTheSameKeyIsStoredOnce() {
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(clientToken).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("values", Map.of("value", 90))).post("/api/v1/enrollments/" + coaching
                        + "/modules/waist/records")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(clientToken).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("values", Map.of("value", 90))).post("/api/v1/enrollments/" + coaching
                        + "/modules/waist/records")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("id", equalTo(first));

        given().auth().oauth2(clientToken).get("/api/v1/enrollments/" + coaching + "/records?module=waist").then()
                .statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(clientToken).contentType(ContentType.JSON).header("Idempotency-Key", "bad key!")
                .body(Map.of("values", Map.of("value", 90))).post("/api/v1/enrollments/" + coaching
                        + "/modules/waist/records")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void answersAreScoredOnTheServerAndNeverLeaveInEvents() throws Exception {
        record(clientToken, coaching, "start-questionnaire", Map.of("answers", Map.of("meals", 3, "activity", "some",
                "wellbeing", 7, "goals", "Haluan jaksaa paremmin"))).statusCode(201).body("score", equalTo(8.0f));
        JsonNode submitted = events.ofType("questionnaire.submitted").get(0);
        assertThat(submitted.get("data").get("score").asDouble()).isEqualTo(8.0);
        assertThat(submitted.toString()).doesNotContain("jaksaa", "\"some\"");

        record(clientToken, coaching, "start-questionnaire", Map.of("answers", Map.of("activity", "lots",
                "wellbeing", 11, "extra", 1))).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("answers.meals")).body("errors.field", hasItem("answers.activity"))
                .body("errors.field", hasItem("answers.wellbeing")).body("errors.field", hasItem("answers.extra"));
    }

    @Test
    void privateDiaryEntriesNeverReachTheTeam() {
        String shared = record(clientToken, coaching, "food-diary", Map.of("text", "Aamupuuroa")).statusCode(201)
                .extract().path("id");
        String own = record(clientToken, coaching, "private-notes", Map.of("text", "Vain minulle")).statusCode(201)
                .body("privateEntry", equalTo(true)).extract().path("id");
        record(clientToken, coaching, "food-diary", Map.of("text", " ")).statusCode(400)
                .body("errors.field", hasItem("text"));

        given().auth().oauth2(nurse).get("/api/v1/enrollments/" + coaching + "/records?size=100").then()
                .statusCode(200).body("items.id", hasItem(shared)).body("items.id", not(hasItem(own)));
        given().auth().oauth2(clientToken).get("/api/v1/enrollments/" + coaching + "/records?size=100").then()
                .statusCode(200).body("items.id", hasItem(own));
        given().auth().oauth2(TestTokens.professional("physio-1", "osteoporosis-team"))
                .get("/api/v1/enrollments/" + coaching + "/records").then().statusCode(404);
    }

    @Test
    void doingEveryRequiredModuleCompletesTheEnrollment() throws Exception {
        String selfCare = Fixtures.published(Fixtures.youthSleep());
        String enrollment = given().auth().oauth2(clientToken).contentType(ContentType.JSON)
                .body(Map.of("definitionId", selfCare)).post("/api/v1/enrollments").then().statusCode(201)
                .extract().path("id");

        record(clientToken, enrollment, "sleep-basics", Map.of()).statusCode(201);
        record(clientToken, enrollment, "weekly-check", Map.of()).statusCode(201);
        given().auth().oauth2(clientToken).get("/api/v1/enrollments/" + enrollment).then()
                .body("status", equalTo("ACTIVE"));
        record(clientToken, enrollment, "end-check", Map.of("answers", Map.of("sleep-quality", 8))).statusCode(201);

        given().auth().oauth2(clientToken).get("/api/v1/enrollments/" + enrollment).then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
        assertThat(events.ofType("content.viewed")).hasSize(1);
        assertThat(events.ofType("task.completed")).hasSize(1);
        assertThat(events.ofType("enrollment.completed")).anyMatch(e -> e.get("subject").asText().equals(enrollment));
        record(clientToken, enrollment, "sleep-basics", Map.of()).statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void onlyTheClientRecordsAndOnlyRecordableModules() {
        record(nurse, coaching, "weight", Map.of("values", Map.of("value", 80))).statusCode(403)
                .contentType("application/problem+json");
        record(TestTokens.client("someone-else"), coaching, "weight", Map.of("values", Map.of("value", 80)))
                .statusCode(404);
        record(admin, coaching, "weight", Map.of("values", Map.of("value", 80))).statusCode(403);
        record(clientToken, coaching, "lab", Map.of()).statusCode(400).body("errors[0].field", equalTo("moduleKey"));
        record(clientToken, coaching, "no-such-module", Map.of()).statusCode(404)
                .contentType("application/problem+json");
        record(clientToken, UUID.randomUUID().toString(), "weight", Map.of()).statusCode(404);
        given().auth().oauth2(clientToken).contentType(ContentType.JSON).body("{\"values\":")
                .post("/api/v1/enrollments/" + coaching + "/modules/weight/records").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(clientToken).get("/api/v1/enrollments/" + coaching + "/records?size=0").then()
                .statusCode(400);
    }
}
