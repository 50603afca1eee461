package fi.digipolku.feedback.survey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import fi.digipolku.support.testing.TestTokens;

/**
 * A survey's regional statements are changed with the ETag of the version the admin read (If-Match): without it 428,
 * with an older one 412, and no version is published in either case. A version never changes, so its ETag is its
 * number.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class SurveyPreconditionTest {

    private static final String NATIONAL = SurveyResourceTest.PATH + "/national";
    private static final String REQUIRED = "urn:digipolku:problem:precondition-required";
    private static final String STALE = "urn:digipolku:problem:precondition-failed";

    private final String admin = TestTokens.admin("admin-s");
    private final String client = TestTokens.client("client-s");

    private static Map<String, Object> statements(String key, String finnish) {
        return Map.of("statements", List.of(Map.of("key", key, "text", Map.of("fi", finnish))));
    }

    private ValidatableResponse change(String token, Object body, String ifMatch) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(NATIONAL + "/regional-statements").then();
    }

    private ValidatableResponse read(String query, String ifNoneMatch) {
        return given().auth().oauth2(client).header("If-None-Match", ifNoneMatch).get(NATIONAL + query).then();
    }

    private int latestVersion() {
        return given().auth().oauth2(client).get(NATIONAL).then().statusCode(200).extract().path("version");
    }

    @Test
    void theSurveyCarriesItsVersionAsETagAndAnswersAMatchingReadWith304() {
        int version = latestVersion();
        String etag = given().auth().oauth2(client).get(NATIONAL).then().statusCode(200)
                .header("ETag", "\"" + version + "\"").body("$", not(hasKey("etag"))).extract().header("ETag");
        read("", etag).statusCode(304).body(emptyString());
        read("?version=1", "\"1\"").statusCode(304).body(emptyString());

        String changed = change(admin, statements("waiting-room", "Odotustila oli viihtyisä."), etag).statusCode(200)
                .body("version", equalTo(version + 1)).extract().header("ETag");
        assertThat(changed).isEqualTo("\"" + (version + 1) + "\"");

        read("", etag).statusCode(200).header("ETag", changed).body("content.items.key", hasItem("waiting-room"));
        read("", changed).statusCode(304);
        read("?version=" + version, etag).statusCode(304);
    }

    @Test
    void withoutIfMatchOrWithAStaleOrMalformedOneNoVersionIsPublished() {
        String stale = SurveyResourceTest.etag("national");
        change(admin, statements("lobby", "Aula oli siisti."), stale).statusCode(200);
        int version = latestVersion();
        String current = "\"" + version + "\"";
        Map<String, Object> body = statements("parking-hall", "Pysäköintihalli oli lähellä.");

        change(admin, body, null).statusCode(428).contentType("application/problem+json")
                .body("type", equalTo(REQUIRED)).body("status", equalTo(428));
        change(admin, body, stale).statusCode(412).contentType("application/problem+json")
                .body("type", equalTo(STALE)).body("detail", containsString(current));
        change(admin, body, "W/\"x\"").statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("If-Match"));

        given().auth().oauth2(client).get(NATIONAL).then().statusCode(200).header("ETag", current)
                .body("version", equalTo(version)).body("content.items.key", not(hasItem("parking-hall")));
    }

    @Test
    void aChangeWithTheCurrentETagPublishesAVersionWithTheNewOne() {
        String current = SurveyResourceTest.etag("national");
        String changed = change(admin, statements("signs", "Opasteet olivat selkeät."), current).statusCode(200)
                .extract().header("ETag");
        assertThat(changed).matches("\"\\d+\"").isNotEqualTo(current);
        assertThat(SurveyResourceTest.etag("national")).isEqualTo(changed);
        String again = change(admin, Map.of("statements", List.of()), changed).statusCode(200).extract()
                .header("ETag");
        given().auth().oauth2(client).get(NATIONAL).then().header("ETag", again)
                .body("content.items.key", not(hasItem("signs")));
    }

    @Test
    void whoMayNotChangeTheSurveyIsRefusedWhateverTheIfMatch() {
        String current = SurveyResourceTest.etag("national");
        Map<String, Object> body = statements("own", "Oma");
        change(TestTokens.professional("nurse-s", "weight-team"), body, null).statusCode(403);
        change(client, body, current).statusCode(403);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body)
                .put(SurveyResourceTest.PATH + "/unknown/regional-statements").then().statusCode(404)
                .contentType("application/problem+json");
        assertThat(SurveyResourceTest.etag("national")).isEqualTo(current);
    }
}
