package fi.digipolku.pathway.enrollment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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

/**
 * A definition and an enrollment carry their version as ETag header; a GET naming it is 304 while nothing changed, and
 * 200 with a new ETag once anything it shows has changed (an enrollment's activity time too).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ConditionalGetTest {

    @Test
    void anEnrollmentIsNotSentAgainUntilItChanges() {
        String client = TestTokens.client("client-" + UUID.randomUUID());
        Response started = given().auth().oauth2(client).contentType(ContentType.JSON)
                .body(Map.of("definitionId", Fixtures.published(Fixtures.youthSleep()))).post("/api/v1/enrollments");
        String path = "/api/v1/enrollments/" + started.jsonPath().getString("id");
        String etag = started.header("ETag");
        assertThat(etag).matches("\"\\d+\"").isEqualTo("\"" + started.jsonPath().getLong("etag") + "\"");

        Response read = given().auth().oauth2(client).get(path);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo(etag);
        Response notModified = given().auth().oauth2(client).header("If-None-Match", etag).get(path);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body().asString()).isEmpty();
        assertThat(notModified.header("ETag")).isEqualTo(etag);
        assertThat(given().auth().oauth2(client).header("If-None-Match", "\"999999\"").get(path).statusCode())
                .isEqualTo(200);
    }

    @Test
    void recordingProgressChangesTheEnrollmentsETag() {
        String client = TestTokens.client("client-" + UUID.randomUUID());
        String id = given().auth().oauth2(client).contentType(ContentType.JSON)
                .body(Map.of("definitionId", Fixtures.published(Fixtures.youthSleep()))).post("/api/v1/enrollments")
                .then().statusCode(201).extract().path("id");
        String path = "/api/v1/enrollments/" + id;
        Response before = given().auth().oauth2(client).get(path);
        String etag = before.header("ETag");

        given().auth().oauth2(client).contentType(ContentType.JSON).body(Map.of())
                .post(path + "/modules/sleep-basics/records").then().statusCode(201);

        Response after = given().auth().oauth2(client).header("If-None-Match", etag).get(path);
        assertThat(after.statusCode()).as("the activity time moved: no stale 304").isEqualTo(200);
        assertThat(after.header("ETag")).isNotEqualTo(etag)
                .isEqualTo("\"" + after.jsonPath().getLong("etag") + "\"");
        assertThat(Instant.parse(after.jsonPath().getString("lastActivityAt")))
                .isAfter(Instant.parse(before.jsonPath().getString("lastActivityAt")));
        assertThat(given().auth().oauth2(client).header("If-None-Match", after.header("ETag")).get(path).statusCode())
                .isEqualTo(304);
    }

    @Test
    void aPrivateDiaryEntryLeavesTheEnrollmentAndItsETagAlone() {
        String client = TestTokens.client("client-" + UUID.randomUUID());
        String id = given().auth().oauth2(client).contentType(ContentType.JSON)
                .body(Map.of("definitionId", Fixtures.published(Fixtures.youthSleep()))).post("/api/v1/enrollments")
                .then().statusCode(201).extract().path("id");
        String path = "/api/v1/enrollments/" + id;
        String etag = Fixtures.etag(client, path);

        given().auth().oauth2(client).contentType(ContentType.JSON).body(Map.of("text", "Nukuin huonosti"))
                .post(path + "/modules/mood-diary/records").then().statusCode(201);

        assertThat(given().auth().oauth2(client).header("If-None-Match", etag).get(path).statusCode())
                .isEqualTo(304);
    }

    @Test
    void aDefinitionIsNotSentAgainUntilItChanges() {
        String admin = TestTokens.admin("admin-" + UUID.randomUUID());
        String id = Fixtures.published(Fixtures.weightManagement());
        String path = "/api/v1/pathway-definitions/" + id;
        String etag = given().auth().oauth2(admin).get(path).then().statusCode(200).extract().header("ETag");
        assertThat(etag).matches("\"\\d+\"");

        Response notModified = given().auth().oauth2(admin).header("If-None-Match", etag).get(path);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body().asString()).isEmpty();
        assertThat(given().auth().oauth2(admin).header("If-None-Match", "\"999999\"").get(path).statusCode())
                .isEqualTo(200);

        String changed = given().auth().oauth2(admin).header("If-Match", etag).post(path + "/retire").then()
                .statusCode(200).extract().header("ETag");
        Response after = given().auth().oauth2(admin).header("If-None-Match", etag).get(path);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.header("ETag")).isEqualTo(changed).isNotEqualTo(etag);
        assertThat(after.jsonPath().getString("status")).isEqualTo("RETIRED");
    }
}
