package fi.digipolku.gateway.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import fi.digipolku.gateway.FakeServices;
import fi.digipolku.gateway.ProblemAssertions;
import fi.digipolku.support.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
class SessionResourceTest {

    private static final String PATH = "/api/v1/session";

    private static JsonPath session(String token) {
        Response response = given().auth().oauth2(token).get(PATH);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        return response.jsonPath();
    }

    @Test
    void aClientWithStrongAuthentication() {
        JsonPath session = session(TestTokens.client("client-1"));
        assertThat(session.getString("subject")).isEqualTo("client-1");
        assertThat(session.getList("roles")).containsExactly("client");
        assertThat(session.getList("teams")).isEmpty();
        assertThat(session.getString("acr")).isEqualTo("substantial");
        assertThat(session.getList("mandates")).isEmpty();
    }

    @Test
    void aGuardianWithAMandate() {
        JsonPath session = session(TestTokens.guardian("parent-1", "child-1"));
        assertThat(session.getString("acr")).isEqualTo("high");
        assertThat(session.getList("mandates")).containsExactly("child-1");
    }

    @Test
    void aGuardianActsForTheChildAndNoOneElse() {
        String guardian = TestTokens.guardian("parent-1", "child-1");
        JsonPath session = given().auth().oauth2(guardian).header("Digipolku-On-Behalf-Of", "child-1").get(PATH)
                .then().statusCode(200).extract().jsonPath();
        assertThat(session.getString("subject")).isEqualTo("child-1");
        assertThat(session.getString("representative")).isEqualTo("parent-1");
        assertThat(session.getList("mandates")).isEmpty();

        Response stranger = given().auth().oauth2(guardian).header("Digipolku-On-Behalf-Of", "someone-else")
                .header("Accept-Language", "en").get(PATH);
        ProblemAssertions.assertProblem(stranger, 403, "urn:digipolku:problem:forbidden");
        assertThat(stranger.jsonPath().getString("detail")).contains("no mandate");
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.professional("pro-1", "diabetes-team"))
                .header("Digipolku-On-Behalf-Of", "child-1").get(PATH), 403, "urn:digipolku:problem:forbidden");
        ProblemAssertions.assertProblem(given().auth().oauth2(guardian).header("Digipolku-On-Behalf-Of", "bad id!")
                .get(PATH), 403, "urn:digipolku:problem:forbidden");
        assertThat(session(guardian).getString("representative")).isNull();
    }

    @Test
    void aWeaklyAuthenticatedClientIsSentToStepUp() {
        Response response = given().auth().oauth2(TestTokens.weakClient("client-2")).get(PATH);
        ProblemAssertions.assertProblem(response, 401, "urn:digipolku:problem:insufficient-authentication");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer error=\"insufficient_user_authentication\"")
                .contains("acr_values=\"high substantial\"");
        String noAcr = TestTokens.builder("client-3", Set.of("client"), Set.of()).sign();
        ProblemAssertions.assertProblem(given().auth().oauth2(noAcr).get(PATH), 401,
                "urn:digipolku:problem:insufficient-authentication");
        assertThat(session(TestTokens.professional("pro-9", "x")).getString("acr")).isNull();
    }

    @Test
    void aProfessionalInTwoTeams() {
        JsonPath session = session(TestTokens.professional("pro-1", "/care-teams/heart-team", "diabetes-team"));
        assertThat(session.getString("subject")).isEqualTo("pro-1");
        assertThat(session.getList("roles")).containsExactly("professional");
        assertThat(session.getList("teams")).containsExactly("diabetes-team", "heart-team");
        assertThat(session.getString("acr")).isNull();
    }

    @Test
    void anAdminAnAnalystAndAnIntegrator() {
        assertThat(session(TestTokens.admin("admin-1")).getList("roles")).containsExactly("admin");
        assertThat(session(TestTokens.analyst("analyst-1")).getList("roles")).containsExactly("analyst");
        assertThat(session(TestTokens.integrator("ehr-1")).getList("roles")).containsExactly("integrator");
    }

    @Test
    void onlyThePlatformsRolesAreShown() {
        String token = TestTokens.builder("pro-2", Set.of("professional", "admin", "offline_access"), Set.of())
                .sign();
        assertThat(session(token).getList("roles")).containsExactly("admin", "professional");
    }

    @Test
    void withoutATokenIs401() {
        Response response = given().get(PATH);
        ProblemAssertions.assertProblem(response, 401, "urn:digipolku:problem:unauthorized");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void withAnExpiredTokenIs401() {
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.expired("admin-1")).get(PATH), 401,
                "urn:digipolku:problem:unauthorized");
    }
}
