package fi.digipolku.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import fi.digipolku.gateway.FakeServices;
import fi.digipolku.gateway.ProblemAssertions;
import fi.digipolku.support.testing.RawHttp;
import fi.digipolku.support.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
class ProxyTest {

    @FakeServices.Server
    WireMockServer services;

    private final String token = TestTokens.professional("pro-1", "diabetes-team");

    private LoggedRequest onlyRequestTo(String url) {
        List<LoggedRequest> requests = services.findAll(getRequestedFor(urlEqualTo(url)));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    @Test
    void forwardsTheCallersTokenAndRequestIdAndPassesTheAnswerBack() {
        services.stubFor(get("/api/v1/threads/t-1").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("X-Request-Id", "given-id-1")
                .withHeader("Cache-Control", "private, max-age=60").withBody("{\"id\":\"t-1\"}")));

        Response response = given().auth().oauth2(token).header("X-Request-Id", "given-id-1")
                .get("/api/v1/threads/t-1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.jsonPath().getString("id")).isEqualTo("t-1");
        assertThat(response.headers().getValues("X-Request-Id")).containsExactly("given-id-1");
        assertThat(response.headers().getValues("Cache-Control")).containsExactly("private, max-age=60");
        LoggedRequest upstream = onlyRequestTo("/api/v1/threads/t-1");
        assertThat(upstream.getHeader("Authorization")).isEqualTo("Bearer " + token);
        assertThat(upstream.getHeader("X-Request-Id")).isEqualTo("given-id-1");
        assertThat(upstream.getHeader("Host")).startsWith("localhost:");
    }

    @Test
    void theDateOfAnAnswerHasTheFixedHttpForm() {
        // The service's Date on the 7th of a month: Vert.x HTTP Proxy would pass it on as "Mon, 7 Dec 2026 ...".
        services.stubFor(get("/api/v1/threads/t-3").willReturn(aResponse().withStatus(200)
                .withHeader("Date", "Mon, 7 Dec 2026 09:05:00 GMT").withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"t-3\"}")));

        Response response = given().auth().oauth2(token).get("/api/v1/threads/t-3");

        assertThat(response.headers().getValues("Date")).containsExactly("Mon, 07 Dec 2026 09:05:00 GMT");
    }

    @Test
    void aCallerAskingToUpgradeToHttp2IsAnswered() throws Exception {
        // Java's HttpClient and curl --http2 ask a cleartext server to upgrade (Upgrade: h2c); that must not hang.
        // The upgrade is refused (platform-web's NoCleartextUpgrade: chunked bodies were lost during it), so the
        // answer comes on HTTP/1.1.
        services.stubFor(get("/api/v1/threads/t-2").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"t-2\"}")));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();

        HttpResponse<String> response = client.send(HttpRequest
                .newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/threads/t-2"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(response.body()).contains("t-2");
    }

    @Test
    void makesARequestIdWhenNoneOrAnUnsafeOneIsGiven() {
        services.stubFor(get("/api/v1/teams/diabetes-team").willReturn(aResponse().withStatus(204)));

        Response response = given().auth().oauth2(token).header("X-Request-Id", "not safe\u00e4")
                .get("/api/v1/teams/diabetes-team");

        assertThat(response.statusCode()).isEqualTo(204);
        String id = response.header("X-Request-Id");
        assertThat(id).isNotBlank().isNotEqualTo("not safe\u00e4");
        assertThat(onlyRequestTo("/api/v1/teams/diabetes-team").getHeader("X-Request-Id")).isEqualTo(id);
    }

    @Test
    void anUpstreamProblemPassesAsItIs() {
        String problem = "{\"type\":\"urn:digipolku:problem:not-found\",\"title\":\"The resource does not exist\","
                + "\"status\":404,\"detail\":\"No enrollment e-9.\"}";
        services.stubFor(get("/api/v1/enrollments/e-9").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json").withBody(problem)));

        Response response = given().auth().oauth2(token).get("/api/v1/enrollments/e-9");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.asString()).isEqualTo(problem);
    }

    @Test
    void thePrefixItselfTakesTheBodyAndQueryAlong() {
        services.stubFor(post("/api/v1/feedback?channel=app").willReturn(aResponse().withStatus(201)
                .withHeader("Location", "/api/v1/feedback/f-1")));

        Response response = given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", "k-1").body("{\"score\":5}").post("/api/v1/feedback?channel=app");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.header("Location")).isEqualTo("/api/v1/feedback/f-1");
        services.verify(postRequestedFor(urlEqualTo("/api/v1/feedback?channel=app"))
                .withHeader("Idempotency-Key", equalTo("k-1"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withRequestBody(equalToJson("{\"score\":5}")));
    }

    @Test
    void aBodyLargerThanTheServiceTakesIsRefusedBeforeAnythingIsForwarded() {
        services.stubFor(post("/api/v1/feedback").willReturn(aResponse().withStatus(201)));
        String twoMiB = "{\"text\":\"" + "y".repeat(2 * 1024 * 1024) + "\"}";

        Response response = given().auth().oauth2(token).contentType(ContentType.JSON).body(twoMiB)
                .post("/api/v1/feedback");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:digipolku:problem:payload-too-large");
        services.verify(0, postRequestedFor(urlEqualTo("/api/v1/feedback")));
        assertThat(ProxyRoutes.tooLarge("1048577", 1024 * 1024)).isTrue();
        assertThat(ProxyRoutes.tooLarge("1048576", 1024 * 1024)).isFalse();
        assertThat(ProxyRoutes.tooLarge("99999999999999999999999", 1)).as("not a length Quarkus accepts").isFalse();
    }

    @Test
    void fhirGoesToThePathwayService() {
        services.stubFor(get("/fhir/r4/metadata").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/fhir+json")
                .withBody("{\"resourceType\":\"CapabilityStatement\"}")));

        Response response = given().auth().oauth2(TestTokens.integrator("ehr-1")).get("/fhir/r4/metadata");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.jsonPath().getString("resourceType")).isEqualTo("CapabilityStatement");
    }

    @Test
    void aFhirSearchWithARawPipeIsForwardedAndAnswered() {
        services.stubFor(get(urlPathEqualTo("/fhir/r4/Observation"))
                .withQueryParam("code", equalTo("http://loinc.org|29463-7"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/fhir+json")
                        .withBody("{\"resourceType\":\"Bundle\",\"total\":1}")));

        RawHttp.Answer answer = RawHttp.send(RestAssured.port, "GET",
                "/fhir/r4/Observation?code=http://loinc.org|29463-7",
                "Authorization: Bearer " + TestTokens.integrator("ehr-1"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"Bundle\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "}", "^", "`", "\"", "<", ">", "\\", "|"})
    void aRawCharacterThatIsIllegalInAUriStillGetsAnAnswerWithABody(String raw) {
        services.stubFor(get(urlPathEqualTo("/fhir/r4/Patient")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/fhir+json").withBody("{\"resourceType\":\"Bundle\"}")));
        String token = "Authorization: Bearer " + TestTokens.integrator("ehr-1");

        RawHttp.Answer fhir = RawHttp.send(RestAssured.port, "GET", "/fhir/r4/Patient?name=a" + raw + "b", token);
        RawHttp.Answer api = RawHttp.send(RestAssured.port, "GET", "/api/v1/nothing" + raw + "here?x=a" + raw, token);

        assertThat(fhir.status()).isEqualTo(200);
        assertThat(fhir.body()).contains("Bundle");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(api.body()).contains("urn:digipolku:problem:not-found");
    }

    @Test
    void aServiceThatIsDownAnswers502Promptly() {
        Response response = given().config(ProblemAssertions.IMPATIENT).auth().oauth2(token)
                .get("/api/v1/reports/weekly");

        ProblemAssertions.assertProblem(response, 502, "urn:digipolku:problem:bad-gateway");
        assertThat(response.header("Retry-After")).as("a service restarting is worth trying again").isEqualTo("1");
        assertThat(response.jsonPath().getString("instance")).isEqualTo("/api/v1/reports/weekly");
        assertThat(response.jsonPath().getString("requestId")).isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    void theProblemComesInTheCallersLanguage() {
        String path = "/api/v1/reports/weekly";
        given().config(ProblemAssertions.IMPATIENT).auth().oauth2(token).header("Accept-Language", "sv").get(path)
                .then().statusCode(502).contentType("application/problem+json").header("Content-Language", "sv")
                .body("title", is("Bakomliggande tjänst är inte tillgänglig"))
                .body("detail", is("Tjänsten metrics är inte tillgänglig; försök igen senare."));
        given().config(ProblemAssertions.IMPATIENT).auth().oauth2(token).get(path).then().statusCode(502)
                .header("Content-Language", "fi").body("title", is("Taustapalvelu ei ole käytettävissä"))
                .body("detail", is("Palvelu metrics ei ole käytettävissä; yritä myöhemmin uudelleen."));
        given().config(ProblemAssertions.IMPATIENT).auth().oauth2(token).header("Accept-Language", "en").get(path)
                .then().statusCode(502).header("Content-Language", "en")
                .body("title", is("The upstream service is unavailable"))
                .body("detail", is("The metrics service is unavailable; try again later."));
    }

    @Test
    void aServiceSlowerThanTheTimeoutAnswers504() {
        services.stubFor(get("/api/v1/surveys/slow").willReturn(aResponse().withStatus(200).withFixedDelay(6000)));

        Response response = given().config(ProblemAssertions.IMPATIENT).auth().oauth2(token)
                .get("/api/v1/surveys/slow");

        ProblemAssertions.assertProblem(response, 504, "urn:digipolku:problem:gateway-timeout");
    }

    @Test
    void aPathNobodyOwnsIs404() {
        ProblemAssertions.assertProblem(given().auth().oauth2(token).get("/api/v1/nothing-here"), 404,
                "urn:digipolku:problem:not-found");
        ProblemAssertions.assertProblem(given().auth().oauth2(token).get("/api/v1/threadsX"), 404,
                "urn:digipolku:problem:not-found");
        assertThat(services.findAll(getRequestedFor(urlEqualTo("/api/v1/threadsX")))).isEmpty();
    }
}
