package fi.digipolku.feedback.survey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import fi.digipolku.support.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class SurveyResourceTest {

    static final String PATH = "/api/v1/surveys";

    /** Changes the national survey's regional statements, with the ETag of its latest version as an admin read it. */
    private ValidatableResponse putRegional(String token, Object body) {
        return given().auth().oauth2(token).header("If-Match", etag("national")).contentType(ContentType.JSON)
                .body(body).put(PATH + "/national/regional-statements").then();
    }

    static String etag(String survey) {
        return given().auth().oauth2(TestTokens.admin("admin")).get(PATH + "/" + survey).then().statusCode(200)
                .extract().header("ETag");
    }

    @Test
    void theNationalInstrumentIsThereInThreeLanguages() {
        given().auth().oauth2(TestTokens.client("c")).get(PATH + "/national?version=1").then().statusCode(200)
                .body("version", equalTo(1))
                .body("content.items.key", contains("nps", "availability", "encounter", "participation", "safety",
                        "information", "usefulness", "ces", "open"))
                .body("content.items[0].type", equalTo("NPS")).body("content.items[0].text.sv",
                        org.hamcrest.Matchers.startsWith("Hur sannolikt"));
        given().auth().oauth2(TestTokens.analyst("a")).get(PATH).then().statusCode(200)
                .body("key", hasItem("national"));
    }

    @Test
    void aRegionAddsItsStatementsAfterTheNationalOnesInANewVersion() {
        String admin = TestTokens.admin("admin");
        int before = given().auth().oauth2(admin).get(PATH + "/national").then().extract().path("version");
        putRegional(admin, Map.of("statements", List.of(Map.of("key", "parking", "text",
                Map.of("fi", "Pysäköinti oli helppoa.", "sv", "Det var lätt att parkera."))))).statusCode(200)
                .body("version", equalTo(before + 1))
                .body("content.items.key", contains("nps", "availability", "encounter", "participation", "safety",
                        "information", "usefulness", "parking", "ces", "open"))
                .body("content.items[7].national", equalTo(false));
        given().auth().oauth2(admin).get(PATH + "/national?version=1").then().body("content.items.key",
                org.hamcrest.Matchers.not(hasItem("parking")));
    }

    @Test
    void nationalItemsCannotBeShadowedAndBadInputIsListed() {
        String admin = TestTokens.admin("admin");
        putRegional(admin, Map.of("statements", List.of(Map.of("key", "safety", "text", Map.of("fi", "Turva")),
                Map.of("key", "own", "text", Map.of("en", "Own"))))).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("statements[0].key", "statements[1].text"));
        putRegional(admin, Map.of("statements", List.of(Map.of("key", "Bad Key", "text", Map.of("fi", "x")))))
                .statusCode(400);
        putRegional(admin, Map.of()).statusCode(400);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("statements", List.of()))
                .put(PATH + "/unknown/regional-statements").then().statusCode(404);
        given().auth().oauth2(admin).get(PATH + "/national?version=999").then().statusCode(404);
        given().auth().oauth2(admin).get(PATH + "/national?version=0").then().statusCode(400);
    }

    @Test
    void onlyAdminsChangeSurveys() {
        Object body = Map.of("statements", List.of(Map.of("key", "own", "text", Map.of("fi", "Oma"))));
        putRegional(TestTokens.professional("nurse", "weight-team"), body).statusCode(403);
        putRegional(TestTokens.analyst("analyst"), body).statusCode(403);
        putRegional(TestTokens.client("client"), body).statusCode(403);
        given().auth().oauth2(TestTokens.integrator("i")).get(PATH).then().statusCode(403);
        given().get(PATH).then().statusCode(401);
    }
}
