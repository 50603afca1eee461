package fi.digipolku.pathway.enrollment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import fi.digipolku.pathway.Fixtures;
import fi.digipolku.support.testing.TestTokens;

/** Upgrading self-care to team follow-up, switching modules per client, and reading the enrollment's own content. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PersonalisationResourceTest {

    private static final String PATH = "/api/v1/enrollments/";

    private final String youthNurse = TestTokens.professional("youth-nurse", "youth-team");
    private final String weightNurse = TestTokens.professional("nurse-3", "weight-team");
    private String clientToken;
    private String selfCare;
    private String coached;

    @BeforeEach
    void setUp() {
        String client = "client-" + UUID.randomUUID();
        clientToken = TestTokens.client(client);
        selfCare = given().auth().oauth2(clientToken).contentType(ContentType.JSON)
                .body(Map.of("definitionId", Fixtures.published(Fixtures.youthSleep()))).post("/api/v1/enrollments")
                .then()
                .statusCode(201).extract().path("id");
        coached = given().auth().oauth2(weightNurse).contentType(ContentType.JSON)
                .body(Map.of("definitionId", Fixtures.published(Fixtures.weightManagement()), "clientSubject", client))
                .post("/api/v1/enrollments").then().statusCode(201).extract().path("id");
    }

    /** The enrollment's current ETag, as the client reads it. */
    private String etag(String id) {
        return Fixtures.etag(clientToken, PATH + id);
    }

    @Test
    void theTeamTakesASelfCareEnrollmentUnderFollowUpWithConsent() {
        given().auth().oauth2(youthNurse).get(PATH + selfCare).then().statusCode(404);
        given().auth().oauth2(youthNurse).contentType(ContentType.JSON).body(Map.of("clientConsents", false))
                .header("If-Match", etag(selfCare)).post(PATH + selfCare + "/upgrade").then().statusCode(400)
                .body("errors[0].field", equalTo("clientConsents"));
        given().auth().oauth2(weightNurse).contentType(ContentType.JSON).body(Map.of("clientConsents", true))
                .header("If-Match", etag(selfCare)).post(PATH + selfCare + "/upgrade").then().statusCode(404);
        given().auth().oauth2(clientToken).contentType(ContentType.JSON).body(Map.of("clientConsents", true))
                .header("If-Match", etag(selfCare)).post(PATH + selfCare + "/upgrade").then().statusCode(403);

        given().auth().oauth2(youthNurse).contentType(ContentType.JSON).body(Map.of("clientConsents", true))
                .header("If-Match", etag(selfCare)).post(PATH + selfCare + "/upgrade").then().statusCode(200)
                .body("followedByTeam", equalTo(true));
        given().auth().oauth2(youthNurse).get(PATH + selfCare).then().statusCode(200);
        given().auth().oauth2(youthNurse).contentType(ContentType.JSON).body(Map.of("clientConsents", true))
                .header("If-Match", etag(selfCare)).post(PATH + selfCare + "/upgrade").then().statusCode(409);
        given().auth().oauth2(youthNurse).contentType(ContentType.JSON).body("{}").header("If-Match", etag(selfCare))
                .post(PATH + selfCare + "/upgrade")
                .then().statusCode(400);
    }

    @Test
    void aModuleSwitchedOffLeavesTheClientsPathway() {
        given().auth().oauth2(weightNurse).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .header("If-Match", etag(coached)).put(PATH + coached + "/modules/waist").then().statusCode(200)
                .body("disabledModules", hasItem("waist"));

        given().auth().oauth2(clientToken).get(PATH + coached + "/content").then().statusCode(200)
                .body("modules.key", not(hasItem("waist"))).body("modules.key", hasItem("weight"));
        given().auth().oauth2(clientToken).get(PATH + coached + "/timeline").then().statusCode(200)
                .body("dueToday.moduleKey", not(hasItem("waist")));
        given().auth().oauth2(clientToken).contentType(ContentType.JSON).body(Map.of("values", Map.of("value", 90)))
                .post(PATH + coached + "/modules/waist/records").then().statusCode(404);

        given().auth().oauth2(weightNurse).contentType(ContentType.JSON).body(Map.of("enabled", true))
                .header("If-Match", etag(coached)).put(PATH + coached + "/modules/waist").then().statusCode(200)
                .body("disabledModules", not(hasItem("waist")));
        given().auth().oauth2(clientToken).get(PATH + coached + "/content").then()
                .body("modules.key", hasItem("waist"));
    }

    @Test
    void onlyTheFollowingTeamPersonalises() {
        given().auth().oauth2(clientToken).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .header("If-Match", etag(coached)).put(PATH + coached + "/modules/waist").then().statusCode(403);
        given().auth().oauth2(TestTokens.professional("p", "osteoporosis-team")).contentType(ContentType.JSON)
                .body(Map.of("enabled", false)).header("If-Match", etag(coached))
                .put(PATH + coached + "/modules/waist").then().statusCode(404);
        given().auth().oauth2(weightNurse).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .header("If-Match", etag(coached)).put(PATH + coached + "/modules/no-such").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(weightNurse).contentType(ContentType.JSON).body(Map.of())
                .header("If-Match", etag(coached)).put(PATH + coached + "/modules/waist").then().statusCode(400)
                .body("errors[0].field", equalTo("enabled"));
        given().auth().oauth2(TestTokens.client("other")).get(PATH + coached + "/content").then().statusCode(404);
    }
}
