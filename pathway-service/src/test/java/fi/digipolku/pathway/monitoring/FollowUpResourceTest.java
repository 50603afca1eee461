package fi.digipolku.pathway.monitoring;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import fi.digipolku.pathway.Fixtures;
import fi.digipolku.support.accesslog.AccessLog;
import fi.digipolku.support.testing.TestTokens;

/** Timeline, flags and the monitoring list: what the client and the following team see of progress. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class FollowUpResourceTest {

    @Inject
    AccessLog accessLog;

    private final String admin = TestTokens.admin("admin-1");
    private final String nurse = TestTokens.professional("nurse-2", "weight-team");
    private final String otherTeam = TestTokens.professional("physio-2", "osteoporosis-team");
    private String client;
    private String clientToken;
    private String definition;
    private String enrollment;

    @BeforeEach
    void setUp() {
        client = "client-" + UUID.randomUUID();
        clientToken = TestTokens.client(client);
        definition = Fixtures.published(Fixtures.weightManagement());
        enrollment = given().auth().oauth2(nurse).contentType(ContentType.JSON)
                .body(Map.of("definitionId", definition, "clientSubject", client)).post("/api/v1/enrollments")
                .then().statusCode(201).extract().path("id");
    }

    private void record(String module, Map<String, Object> body) {
        given().auth().oauth2(clientToken).contentType(ContentType.JSON).body(body)
                .post("/api/v1/enrollments/" + enrollment + "/modules/" + module + "/records").then().statusCode(201);
    }

    @Test
    void theTimelineShowsWhatIsDueTodayAndWhatWasDone() {
        record("welcome", Map.of());
        record("weight", Map.of("values", Map.of("value", 81)));

        JsonPath timeline = given().auth().oauth2(clientToken).get("/api/v1/enrollments/" + enrollment + "/timeline")
                .then().statusCode(200).body("day", equalTo(0)).extract().jsonPath();
        assertThat(timeline.getList("dueToday.moduleKey")).contains("start-questionnaire", "waist")
                .doesNotContain("weight", "welcome");
        assertThat(timeline.getList("done.moduleKey")).contains("welcome");
        assertThat(timeline.getList("upcoming.moduleKey")).contains("weight", "end-questionnaire");

        given().auth().oauth2(nurse).get("/api/v1/enrollments/" + enrollment + "/timeline").then().statusCode(200);
        given().auth().oauth2(otherTeam).get("/api/v1/enrollments/" + enrollment + "/timeline").then()
                .statusCode(404);
        given().auth().oauth2(TestTokens.client("other")).get("/api/v1/enrollments/" + enrollment + "/timeline")
                .then().statusCode(404);
        given().auth().oauth2(admin).get("/api/v1/enrollments/" + enrollment + "/timeline").then().statusCode(403);
    }

    @Test
    void theTeamAcknowledgesFlagsOnce() {
        record("weight", Map.of("values", Map.of("value", 255)));
        String flag = given().auth().oauth2(nurse).get("/api/v1/enrollments/" + enrollment + "/flags").then()
                .statusCode(200).body("items.size()", equalTo(1)).body("total", equalTo(1))
                .body("items[0].acknowledgedAt", equalTo(null)).extract().path("items[0].id");

        given().auth().oauth2(clientToken).post("/api/v1/enrollments/" + enrollment + "/flags/" + flag
                + "/acknowledge").then().statusCode(403);
        given().auth().oauth2(otherTeam).post("/api/v1/enrollments/" + enrollment + "/flags/" + flag
                + "/acknowledge").then().statusCode(404);
        String at = given().auth().oauth2(nurse).post("/api/v1/enrollments/" + enrollment + "/flags/" + flag
                + "/acknowledge").then().statusCode(200).body("acknowledgedBy", equalTo("nurse-2")).extract()
                .path("acknowledgedAt");
        given().auth().oauth2(nurse).post("/api/v1/enrollments/" + enrollment + "/flags/" + flag + "/acknowledge")
                .then().statusCode(200).body("acknowledgedAt", equalTo(at));
        given().auth().oauth2(nurse).post("/api/v1/enrollments/" + enrollment + "/flags/" + UUID.randomUUID()
                + "/acknowledge").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theMonitoringListShowsProgressAndFlagsOfTheTeamsClientsOnly() {
        record("welcome", Map.of());
        record("weight", Map.of("values", Map.of("value", 255)));

        List<Map<String, Object>> rows = given().auth().oauth2(nurse)
                .get("/api/v1/monitoring?size=100&definitionId=" + definition).then().statusCode(200)
                .body("items.enrollmentId", hasItem(enrollment)).extract().jsonPath().getList("items");
        Map<String, Object> row = rows.stream().filter(r -> enrollment.equals(r.get("enrollmentId"))).findFirst()
                .orElseThrow();
        assertThat(row).containsEntry("openFlags", 1).containsEntry("clientSubject", client)
                .containsEntry("missedMeasurements", 0);
        assertThat((Integer) row.get("progressPercent")).isBetween(1, 99);
        assertThat(accessLog.forClient(client, 0, 50)).anyMatch(e -> e.resource().endsWith("/monitoring"));

        given().auth().oauth2(otherTeam).get("/api/v1/monitoring?size=100").then().statusCode(200)
                .body("items.enrollmentId", not(hasItem(enrollment)));
        given().auth().oauth2(nurse).get("/api/v1/monitoring?status=COMPLETED&definitionId=" + definition).then()
                .statusCode(200).body("total", equalTo(0)).body("items", notNullValue());
    }

    @Test
    void monitoringIsForProfessionalsAndRefusesBadFilters() {
        for (String token : List.of(clientToken, admin, TestTokens.analyst("a"), TestTokens.integrator("i"))) {
            given().auth().oauth2(token).get("/api/v1/monitoring").then().statusCode(403)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(nurse).get("/api/v1/monitoring?size=101").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(nurse).get("/api/v1/monitoring?status=SLEEPING").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(nurse).get("/api/v1/monitoring?definitionId=not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/v1/monitoring").then().statusCode(401);
    }
}
