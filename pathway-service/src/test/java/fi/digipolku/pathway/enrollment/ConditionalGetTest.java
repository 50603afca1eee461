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

/** An enrollment and a definition carry their version as ETag header; a GET naming it is 304 while nothing changed. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ConditionalGetTest {

    @Test
    void anEnrollmentIsNotSentAgainUntilItChanges() {
        String client = TestTokens.client("client-" + UUID.randomUUID());
        Response started = given().auth().oauth2(client).contentType(ContentType.JSON)
                .body(Map.of("definitionId", Fixtures.published(Fixtures.youthSleep()))).post("/api/v1/enrollments");
        assertThat(started.statusCode()).isEqualTo(201);
        String etag = started.header("ETag");
        assertThat(etag).isEqualTo("\"" + started.jsonPath().getLong("etag") + "\"");
        String path = "/api/v1/enrollments/" + started.jsonPath().getString("id");

        Response unchanged = given().auth().oauth2(client).header("If-None-Match", etag).get(path);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.asString()).isEmpty();
        assertThat(unchanged.header("ETag")).isEqualTo(etag);
        assertThat(given().auth().oauth2(client).header("If-None-Match", "W/" + etag + ", \"0\"").get(path)
                .statusCode()).as("weak and listed tags match too").isEqualTo(304);

        given().auth().oauth2(client).contentType(ContentType.JSON).body("{}").post(path + "/discontinue").then()
                .statusCode(200);
        Response changed = given().auth().oauth2(client).header("If-None-Match", etag).get(path);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag)
                .isEqualTo("\"" + changed.jsonPath().getLong("etag") + "\"");
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
