package fi.digipolku.gateway.limits;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

import fi.digipolku.gateway.FakeServices;
import fi.digipolku.gateway.ProblemAssertions;
import fi.digipolku.support.testing.TestTokens;

/** Budgets per person and per integrator client, CORS for the portal's origin, and the security headers. */
@QuarkusTest
@TestProfile(RateLimitTest.SmallBudgets.class)
@QuarkusTestResource(io.quarkus.test.oidc.server.OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
class RateLimitTest {

    /** Three requests a minute for a person, five for an integrator. */
    public static class SmallBudgets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("digipolku.gateway.rate-limit.per-subject", "3",
                    "digipolku.gateway.rate-limit.per-integrator", "5",
                    "quarkus.http.cors.origins", "https://portal.example.fi");
        }
    }

    @FakeServices.Server
    WireMockServer services;

    @Test
    void aPersonBeyondTheBudgetGets429WithRetryAfterAndOthersAreNotAffected() {
        services.stubFor(get("/api/v1/teams/t").willReturn(aResponse().withStatus(200).withBody("{}")));
        String busy = TestTokens.professional("busy-1", "t");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(busy).get("/api/v1/teams/t").then().statusCode(200);
        }
        Response refused = given().auth().oauth2(busy).get("/api/v1/teams/t");
        ProblemAssertions.assertProblem(refused, 429, "urn:digipolku:problem:too-many-requests");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);

        given().auth().oauth2(TestTokens.professional("calm-1", "t")).get("/api/v1/teams/t").then().statusCode(200);
        String integrator = TestTokens.integrator("ehr-1");
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(integrator).get("/api/v1/teams/t").then().statusCode(200);
        }
        given().auth().oauth2(integrator).get("/api/v1/teams/t").then().statusCode(429);
    }

    @Test
    void theConfiguredPortalMayCallFromABrowserAndOthersMayNot() {
        Response preflight = given().header("Origin", "https://portal.example.fi")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type").options("/api/v1/threads");
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("https://portal.example.fi");
        Response foreign = given().header("Origin", "https://evil.example.com")
                .header("Access-Control-Request-Method", "POST").options("/api/v1/threads");
        assertThat(foreign.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        Response response = given().get("/api/v1/threads");
        assertThat(response.header("Strict-Transport-Security")).startsWith("max-age=");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
    }
}
