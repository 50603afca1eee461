package fi.digipolku.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

import fi.digipolku.gateway.FakeServices;
import fi.digipolku.gateway.ProblemAssertions;
import fi.digipolku.support.testing.TestTokens;

/** Nothing reaches a service without a valid bearer token of the platform's issuer and audience. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
class AuthenticationTest {

    private static final String PATH = "/api/v1/pathway-definitions/guarded";

    @FakeServices.Server
    WireMockServer services;

    @BeforeEach
    void stub() {
        services.stubFor(any(urlPathMatching("/api/v1/pathway-definitions/guarded.*"))
                .willReturn(aResponse().withStatus(200).withBody("{}")));
    }

    private void assertRefused(Response response, String challenge) {
        ProblemAssertions.assertProblem(response, 401, "urn:digipolku:problem:unauthorized");
        assertThat(response.header("WWW-Authenticate")).isEqualTo(challenge);
        assertThat(services.findAll(anyRequestedFor(urlPathMatching("/api/v1/pathway-definitions/guarded.*"))))
                .isEmpty();
    }

    private void assertTokenRefused(String token) {
        assertRefused(given().auth().oauth2(token).get(PATH), "Bearer error=\"invalid_token\"");
    }

    @Test
    void noTokenIsAskedFor() {
        assertRefused(given().get(PATH), "Bearer");
        assertRefused(given().get("/api/v1/nothing-here"), "Bearer");
    }

    @Test
    void aFhirPathIsRefusedWithAnOperationOutcome() {
        Response response = given().get("/fhir/r4/Patient");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/fhir+json");
        assertThat(response.jsonPath().getString("resourceType")).isEqualTo("OperationOutcome");
        assertThat(response.jsonPath().getString("issue[0].code")).isEqualTo("login");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void aTokenWithAnAlteredSignatureIsRefused() {
        String token = TestTokens.admin("admin-1");
        int signature = token.lastIndexOf('.') + 1;
        char first = token.charAt(signature);
        assertTokenRefused(token.substring(0, signature) + (first == 'A' ? 'B' : 'A') + token.substring(signature + 1));
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair other = generator.generateKeyPair();
        assertTokenRefused(TestTokens.builder("admin-1", Set.of("admin"), Set.of()).jws().keyId("1")
                .sign(other.getPrivate()));
    }

    @Test
    void anExpiredTokenIsRefused() {
        assertTokenRefused(TestTokens.expired("admin-1"));
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        assertTokenRefused(TestTokens.wrongIssuer("admin-1"));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertTokenRefused(TestTokens.wrongAudience("admin-1"));
    }

    @io.quarkus.test.oidc.server.OidcWireMock
    WireMockServer identityProvider;

    @Test
    void keysAreFetchedOnceNotPerRequest() {
        String token = TestTokens.professional("pro-keys", "diabetes-team");
        given().auth().oauth2(token).get("/api/v1/session").then().statusCode(200);
        int before = identityProvider.getAllServeEvents().size();
        for (int i = 0; i < 20; i++) {
            given().auth().oauth2(TestTokens.professional("pro-keys-" + i, "diabetes-team")).get("/api/v1/session")
                    .then().statusCode(200);
        }
        assertThat(identityProvider.getAllServeEvents().size()).isEqualTo(before);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String signed = TestTokens.professional("pro-1", "diabetes-team");
        String payload = signed.split("\\.")[1];
        String header = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTokenRefused(header + "." + payload + ".");
    }

    @Test
    void aTokenNotValidYetIsRefused() {
        assertTokenRefused(TestTokens.builder("pro-1", java.util.Set.of("professional"), java.util.Set.of())
                // token validation reads the machine's clock, not the platform's domain clock
                .claim("nbf", java.time.Clock.systemUTC().instant().plusSeconds(3600).getEpochSecond()).sign());
    }

    @Test
    void somethingThatIsNotATokenIsRefused() {
        assertTokenRefused("not-a-token");
    }

    @Test
    void aValidTokenPasses() {
        services.stubFor(any(urlPathMatching("/api/v1/pathway-definitions/open"))
                .willReturn(aResponse().withStatus(200).withBody("{}")));
        assertThat(given().auth().oauth2(TestTokens.admin("admin-1")).get("/api/v1/pathway-definitions/open")
                .statusCode()).isEqualTo(200);
    }
}
