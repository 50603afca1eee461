package fi.digipolku.messaging.team;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import fi.digipolku.support.testing.TestTokens;

/**
 * A team's settings are saved with the ETag the admin read (If-Match): without it 428, with an older one 412, and the
 * settings stay as they were in either case. A team nobody configured has the ETag "0"; the first save moves it.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class TeamPreconditionTest {

    private static final String PATH = "/api/v1/teams/";
    private static final String REQUIRED = "urn:digipolku:problem:precondition-required";
    private static final String STALE = "urn:digipolku:problem:precondition-failed";

    private final String admin = TestTokens.admin("admin-2");
    private final String client = TestTokens.client("client-t");
    private String team;

    @BeforeEach
    void setUp() {
        team = "team-" + UUID.randomUUID();
    }

    private ValidatableResponse read(String ifNoneMatch) {
        var request = given().auth().oauth2(client);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return request.get(PATH + team).then();
    }

    private ValidatableResponse save(int amount, String ifMatch) {
        var request = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(TeamResourceTest.settings(amount, "WORKING_HOURS", null));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(PATH + team).then();
    }

    @Test
    void aTeamNobodyConfiguredHasETagZeroUntilTheFirstSave() {
        read(null).statusCode(200).header("ETag", "\"0\"").body("configured", equalTo(false));
        read("\"0\"").statusCode(304).body(emptyString());

        String saved = save(4, "\"0\"").statusCode(200).body("configured", equalTo(true))
                .body("promise.amount", equalTo(4)).extract().header("ETag");
        assertThat(saved).matches("\"\\d+\"").isNotEqualTo("\"0\"");

        read("\"0\"").statusCode(200).header("ETag", saved).body("configured", equalTo(true));
        read(saved).statusCode(304).body(emptyString());
        read(null).body("$", not(hasKey("etag")));
    }

    @Test
    void withoutIfMatchOrWithAStaleOrMalformedOneNothingIsSaved() {
        save(4, "\"0\"").statusCode(200);
        String current = read(null).extract().header("ETag");

        save(8, null).statusCode(428).contentType("application/problem+json").body("type", equalTo(REQUIRED))
                .body("status", equalTo(428));
        save(8, "\"0\"").statusCode(412).contentType("application/problem+json").body("type", equalTo(STALE))
                .body("detail", containsString(current));
        save(8, "W/\"x\"").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("If-Match"));

        read(null).statusCode(200).header("ETag", current).body("promise.amount", equalTo(4));
    }

    @Test
    void aSaveWithTheCurrentETagAnswersTheNewOne() {
        String first = save(4, "\"0\"").statusCode(200).extract().header("ETag");
        String second = save(6, first).statusCode(200).body("promise.amount", equalTo(6)).extract().header("ETag");
        assertThat(second).matches("\"\\d+\"").isNotEqualTo(first);
        read(null).statusCode(200).header("ETag", second).body("promise.amount", equalTo(6));
        read(first).statusCode(200).header("ETag", second);

        save(8, first).statusCode(412);
        read(null).body("promise.amount", equalTo(6));
    }

    @Test
    void whoMayNotSaveIsRefusedWhateverTheIfMatch() {
        given().auth().oauth2(TestTokens.professional("nurse-t", team)).contentType(ContentType.JSON)
                .body(TeamResourceTest.settings(4, "WORKING_HOURS", null)).put(PATH + team).then().statusCode(403);
        given().auth().oauth2(client).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(TeamResourceTest.settings(4, "WORKING_HOURS", null)).put(PATH + team).then().statusCode(403);
        read(null).header("ETag", "\"0\"").body("configured", equalTo(false));
    }
}
