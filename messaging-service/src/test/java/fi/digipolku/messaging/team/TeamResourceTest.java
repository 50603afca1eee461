package fi.digipolku.messaging.team;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import fi.digipolku.support.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class TeamResourceTest {

    private static final String PATH = "/api/v1/teams/";

    private final String admin = TestTokens.admin("admin-1");

    static Map<String, Object> settings(int amount, String unit, String escalation) {
        Map<String, Object> body = new HashMap<>();
        body.put("promise", Map.of("amount", amount, "unit", unit));
        body.put("workingHours", Map.of("start", "08:00", "end", "16:00", "zone", "Europe/Helsinki"));
        body.put("openingHours", Map.of("days", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                "opens", "08:00", "closes", "15:00"));
        body.put("escalationTeam", escalation);
        return body;
    }

    private ValidatableResponse put(String token, String team, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).put(PATH + team).then();
    }

    private ValidatableResponse save(String team, String ifMatch, Object body) {
        return given().auth().oauth2(admin).header("If-Match", ifMatch).contentType(ContentType.JSON).body(body)
                .put(PATH + team).then();
    }

    private String etag(String team) {
        return given().auth().oauth2(admin).get(PATH + team).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void anAdminSetsThePromiseAndEveryoneConcernedReadsIt() {
        String team = "team-" + UUID.randomUUID();
        String etag = save(team, etag(team), settings(4, "WORKING_HOURS", "duty-team")).statusCode(200)
                .body("configured", equalTo(true)).body("promise.amount", equalTo(4))
                .body("promise.unit", equalTo("WORKING_HOURS")).body("openingHours.closes", equalTo("15:00"))
                .body("escalationTeam", equalTo("duty-team")).extract().header("ETag");

        given().auth().oauth2(TestTokens.client("c")).get(PATH + team).then().statusCode(200)
                .body("promise.amount", equalTo(4)).body("workingHours.zone", equalTo("Europe/Helsinki"));
        given().auth().oauth2(TestTokens.professional("n", "x")).get(PATH).then().statusCode(200)
                .body("team", hasItem(team));

        save(team, etag, settings(2, "WORKING_DAYS", null)).statusCode(200)
                .body("promise.unit", equalTo("WORKING_DAYS"));
        save(team, etag, settings(3, "WORKING_DAYS", null)).statusCode(412).contentType("application/problem+json");
    }

    @Test
    void aTeamNobodyConfiguredWorksUnderTheDefaults() {
        given().auth().oauth2(TestTokens.client("c")).get(PATH + "team-" + UUID.randomUUID()).then()
                .statusCode(200).body("configured", equalTo(false)).body("promise.amount", equalTo(2))
                .body("promise.unit", equalTo("WORKING_DAYS")).body("workingHours.start", equalTo("08:00"));
    }

    @Test
    void onlyAdminsChangeSettings() {
        put(TestTokens.professional("nurse", "weight-team"), "weight-team", settings(2, "WORKING_DAYS", null))
                .statusCode(403).contentType("application/problem+json");
        put(TestTokens.client("c"), "weight-team", settings(2, "WORKING_DAYS", null)).statusCode(403);
        given().auth().oauth2(TestTokens.client("c")).get(PATH).then().statusCode(403);
        given().auth().oauth2(TestTokens.analyst("a")).get(PATH + "weight-team").then().statusCode(403);
        given().contentType(ContentType.JSON).body(settings(2, "WORKING_DAYS", null)).put(PATH + "weight-team")
                .then().statusCode(401);
    }

    @Test
    void inconsistentSettingsListEveryError() {
        Map<String, Object> body = settings(31, "WORKING_DAYS", "same-team");
        body.put("workingHours", Map.of("start", "16:00", "end", "08:00", "zone", "Mars/Olympus"));
        body.put("openingHours", Map.of("days", List.of("MONDAY"), "opens", "15:00", "closes", "09:00"));
        put(admin, "same-team", body).statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("promise.amount", "workingHours.end",
                        "workingHours.zone", "openingHours.closes", "escalationTeam"));

        put(admin, "t", settings(0, "WORKING_DAYS", null)).statusCode(400);
        put(admin, "t", settings(2, "FORTNIGHTS", null)).statusCode(400).contentType("application/problem+json");
        Map<String, Object> noDays = settings(2, "WORKING_DAYS", null);
        noDays.put("openingHours", Map.of("days", List.of(), "opens", "08:00", "closes", "15:00"));
        put(admin, "t", noDays).statusCode(400);
        put(admin, "bad%20team", settings(2, "WORKING_DAYS", null)).statusCode(400);
        save("t", "nonsense", settings(2, "WORKING_DAYS", null)).statusCode(400);
    }
}
