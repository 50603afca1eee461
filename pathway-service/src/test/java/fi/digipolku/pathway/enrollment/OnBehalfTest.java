package fi.digipolku.pathway.enrollment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import fi.digipolku.pathway.Fixtures;
import fi.digipolku.support.accesslog.AccessLog;
import fi.digipolku.support.testing.TestTokens;

/** A guardian acts for their child under the mandate in their token; every such access is logged with both. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OnBehalfTest {

    private static final String HEADER = "Digipolku-On-Behalf-Of";

    @Inject
    AccessLog accessLog;

    @Test
    void aGuardianReadsAndStartsTheChildsPathwayAndBothPersonsAreLogged() {
        String child = "child-" + UUID.randomUUID();
        String guardian = TestTokens.guardian("parent-" + child, child);
        String pathway = Fixtures.published(Fixtures.youthSleep());

        String id = given().auth().oauth2(guardian).header(HEADER, child).contentType(ContentType.JSON)
                .body(Map.of("definitionId", pathway)).post("/api/v1/enrollments").then().statusCode(201)
                .body("clientSubject", equalTo(child)).extract().path("id");
        given().auth().oauth2(guardian).header(HEADER, child).get("/api/v1/enrollments/" + id).then()
                .statusCode(200);
        given().auth().oauth2(guardian).get("/api/v1/enrollments/" + id).then().statusCode(404);
        given().auth().oauth2(guardian).header(HEADER, "someone-else").get("/api/v1/enrollments/" + id).then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.client(child)).get("/api/v1/enrollments/" + id).then().statusCode(200);

        assertThat(accessLog.forClient(child, 0, 10)).hasSizeGreaterThanOrEqualTo(2).allSatisfy(entry -> {
            assertThat(entry.actorSubject()).isEqualTo("parent-" + child);
            assertThat(entry.clientSubject()).isEqualTo(child);
        }).extracting(e -> e.action()).contains("create", "read");
        assertThat(accessLog.forClient(child, 0, 10)).anySatisfy(e -> assertThat(e.reason()).contains("on behalf"));

        // the child reads who accessed their data: a person acting on their behalf is named, to tell them from the team
        given().auth().oauth2(TestTokens.client(child)).get("/api/v1/access-log").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(2))
                .body("items[0].roles[0]", equalTo("client")).body("items[0].actor", equalTo("parent-" + child))
                .body("items[0].reason", equalTo(AccessLog.ON_BEHALF));
        given().auth().oauth2(TestTokens.professional("nurse", "youth-team")).get("/api/v1/access-log").then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.client(child)).get("/api/v1/access-log?size=101").then().statusCode(400);
    }

    @Test
    void aWeaklyAuthenticatedClientIsSentToStepUpByTheServiceToo() {
        given().auth().oauth2(TestTokens.weakClient("client-weak")).get("/api/v1/enrollments").then()
                .statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", org.hamcrest.Matchers.containsString("insufficient_user_authentication"));
    }
}
