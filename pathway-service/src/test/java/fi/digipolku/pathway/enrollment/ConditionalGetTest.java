package fi.digipolku.pathway.enrollment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import fi.digipolku.pathway.Fixtures;
import fi.digipolku.support.testing.TestTokens;

/** A definition carries its version as ETag header; a GET naming it is 304 while nothing changed. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ConditionalGetTest {

    @Test
    void anEnrollmentIsAlwaysSentWhole() {
        // its etag does not follow the activity time, which a client's records move: no 304 for it yet
        String client = TestTokens.client("client-" + UUID.randomUUID());
        Response started = given().auth().oauth2(client).contentType(ContentType.JSON)
                .body(Map.of("definitionId", Fixtures.published(Fixtures.youthSleep()))).post("/api/v1/enrollments");
        String path = "/api/v1/enrollments/" + started.jsonPath().getString("id");
        String etag = "\"" + started.jsonPath().getLong("etag") + "\"";

        assertThat(given().auth().oauth2(client).header("If-None-Match", etag).get(path).statusCode()).isEqualTo(200);
    }

    @Test
    void aDefinitionIsNotSentAgainUntilItChanges() {
        String admin = TestTokens.admin("admin-" + UUID.randomUUID());
        String id = Fixtures.published(Fixtures.weightManagement());
        String path = "/api/v1/pathway-definitions/" + id;
        String etag = given().auth().oauth2(admin).get(path).then().statusCode(200).extract().header("ETag");
        assertThat(etag).matches("\"\\d+\"");

        assertThat(given().auth().oauth2(admin).header("If-None-Match", etag).get(path).statusCode()).isEqualTo(304);
        assertThat(given().auth().oauth2(admin).header("If-None-Match", "\"999999\"").get(path).statusCode())
                .isEqualTo(200);
    }
}
