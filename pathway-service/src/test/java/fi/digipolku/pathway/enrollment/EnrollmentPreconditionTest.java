package fi.digipolku.pathway.enrollment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import fi.digipolku.pathway.Fixtures;
import fi.digipolku.support.testing.TestTokens;
import fi.digipolku.support.testing.events.OutboxEvents;

/**
 * Every change of an enrollment names the ETag its sender read (If-Match): without it 428, with an older one 412, and
 * nothing changes in either case; the client's records move the ETag, so a professional who read before them is told.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class EnrollmentPreconditionTest {

    private static final String PATH = "/api/v1/enrollments/";
    private static final String REQUIRED = "urn:digipolku:problem:precondition-required";
    private static final String STALE = "urn:digipolku:problem:precondition-failed";

    private final OutboxEvents events = new OutboxEvents();
    private final String weightNurse = TestTokens.professional("nurse-5", "weight-team");
    private final String youthNurse = TestTokens.professional("youth-nurse-2", "youth-team");
    private String clientToken;
    private String selfCare;
    private String coached;

    @BeforeEach
    void setUp() {
        String client = "client-" + UUID.randomUUID();
        clientToken = TestTokens.client(client);
        selfCare = given().auth().oauth2(clientToken).contentType(ContentType.JSON)
                .body(Map.of("definitionId", Fixtures.published(Fixtures.youthSleep()))).post("/api/v1/enrollments")
                .then().statusCode(201).extract().path("id");
        coached = given().auth().oauth2(weightNurse).contentType(ContentType.JSON)
                .body(Map.of("definitionId", Fixtures.published(Fixtures.weightManagement()), "clientSubject", client))
                .post("/api/v1/enrollments").then().statusCode(201).extract().path("id");
    }

    /** The change of each operation, as its sender makes it, with this If-Match (none when null). */
    private ValidatableResponse change(String operation, String ifMatch) {
        var request = given().auth().oauth2(operation.equals("upgrade") ? youthNurse : weightNurse)
                .contentType(ContentType.JSON);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return switch (operation) {
            case "upgrade" -> request.body(Map.of("clientConsents", true)).post(PATH + selfCare + "/upgrade").then();
            case "module" -> request.body(Map.of("enabled", false)).put(PATH + coached + "/modules/waist").then();
            case "complete" -> request.post(PATH + coached + "/complete").then();
            case "discontinue" -> request.body(Map.of("reason", "moved away")).post(PATH + coached + "/discontinue")
                    .then();
            default -> throw new IllegalArgumentException(operation);
        };
    }

    private String pathOf(String operation) {
        return PATH + (operation.equals("upgrade") ? selfCare : coached);
    }

    @Test
    void withoutIfMatchOrWithAStaleOrMalformedOneNothingChanges() {
        // recorded progress, so that an older ETag exists
        given().auth().oauth2(clientToken).contentType(ContentType.JSON).body(Map.of())
                .post(PATH + coached + "/modules/welcome/records").then().statusCode(201);
        given().auth().oauth2(clientToken).contentType(ContentType.JSON).body(Map.of())
                .post(PATH + selfCare + "/modules/sleep-basics/records").then().statusCode(201);
        for (String operation : List.of("upgrade", "module", "complete", "discontinue")) {
            String current = Fixtures.etag(clientToken, pathOf(operation));
            String stale = "\"" + (Long.parseLong(current.replace("\"", "")) - 1) + "\"";
            events.clear();

            change(operation, null).statusCode(428).contentType("application/problem+json")
                    .body("type", equalTo(REQUIRED)).body("status", equalTo(428));
            change(operation, stale).statusCode(412).contentType("application/problem+json")
                    .body("type", equalTo(STALE)).body("detail", containsString(current));
            change(operation, "W/\"x\"").statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("If-Match"));

            given().auth().oauth2(clientToken).get(pathOf(operation)).then().statusCode(200)
                    .header("ETag", current).body("status", equalTo("ACTIVE"))
                    .body("followedByTeam", equalTo(operation.equals("upgrade") ? false : true))
                    .body("disabledModules.size()", equalTo(0));
            assertThat(events.all()).as("nothing changed by " + operation).isEmpty();
        }
    }

    @Test
    void eachChangeWithTheCurrentETagIsMadeAndAnswersTheNewOne() {
        for (String operation : List.of("upgrade", "module", "discontinue")) {
            String current = Fixtures.etag(clientToken, pathOf(operation));
            String changed = change(operation, current).statusCode(200).extract().header("ETag");
            assertThat(changed).as(operation).matches("\"\\d+\"").isNotEqualTo(current);
            assertThat(Fixtures.etag(clientToken, pathOf(operation))).as(operation).isEqualTo(changed);
        }
        given().auth().oauth2(clientToken).get(PATH + selfCare).then().body("followedByTeam", equalTo(true));
        given().auth().oauth2(clientToken).get(PATH + coached).then().body("status", equalTo("DISCONTINUED"))
                .body("disabledModules", equalTo(List.of("waist")));
    }

    @Test
    void ifMatchStarChangesWhateverVersionIsCurrent() {
        String before = Fixtures.etag(clientToken, pathOf("complete"));
        String after = change("complete", "*").statusCode(200).body("status", equalTo("COMPLETED")).extract()
                .header("ETag");
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void aProfessionalWhoReadBeforeTheClientsRecordIsToldToReadAgain() {
        String read = Fixtures.etag(weightNurse, PATH + coached);
        given().auth().oauth2(clientToken).contentType(ContentType.JSON).body(Map.of())
                .post(PATH + coached + "/modules/welcome/records").then().statusCode(201);

        change("complete", read).statusCode(412).body("type", equalTo(STALE));
        given().auth().oauth2(clientToken).get(PATH + coached).then().body("status", equalTo("ACTIVE"));

        String again = Fixtures.etag(weightNurse, PATH + coached);
        assertThat(again).isNotEqualTo(read);
        change("complete", again).statusCode(200).body("status", equalTo("COMPLETED"));
    }

    @Test
    void whoMayNotSeeOrChangeTheEnrollmentLearnsNothingOfItsETag() {
        String current = Fixtures.etag(clientToken, PATH + coached);
        given().auth().oauth2(TestTokens.professional("physio-2", "osteoporosis-team")).header("If-Match", "\"0\"")
                .post(PATH + coached + "/complete").then().statusCode(404).body(not(containsString(current)));
        given().auth().oauth2(clientToken).header("If-Match", "\"0\"").post(PATH + coached + "/complete").then()
                .statusCode(403).body(not(containsString(current)));

        String ended = change("discontinue", current).statusCode(200).extract().header("ETag");
        change("complete", current).statusCode(409).body("type", equalTo("urn:digipolku:problem:conflict"));
        change("complete", ended).statusCode(409);
    }
}
