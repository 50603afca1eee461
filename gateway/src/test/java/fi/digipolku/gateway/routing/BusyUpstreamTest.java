package fi.digipolku.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

import fi.digipolku.gateway.FakeServices;
import fi.digipolku.gateway.ProblemAssertions;
import fi.digipolku.support.testing.TestTokens;

/**
 * A service whose connections are all busy: a caller beyond those the gateway lets wait is told at once to come back
 * (503, Retry-After), and so is one who waited the connection wait in vain, rather than waiting out the request timeout
 * for a 504. The caller on the connection gets the answer.
 */
@QuarkusTest
@TestProfile(BusyUpstreamTest.OneConnectionOneWaiting.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
class BusyUpstreamTest {

    public static class OneConnectionOneWaiting implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("digipolku.gateway.connections-per-service", "1",
                    "digipolku.gateway.waiting-per-service", "1", "digipolku.gateway.connection-wait", "1s",
                    "digipolku.gateway.request-timeout", "10s");
        }
    }

    @FakeServices.Server
    WireMockServer services;

    private final String token = TestTokens.professional("pro-1", "diabetes-team");

    @Test
    void callersWhoCannotGetAConnectionInTimeAreToldToComeBack() throws Exception {
        services.stubFor(get("/api/v1/surveys/busy").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"busy\":true}").withFixedDelay(2500)));

        // The connection is open already (while one is being opened, the caller it is for counts as waiting).
        services.stubFor(get("/api/v1/surveys/quick").willReturn(aResponse().withStatus(200)));
        given().auth().oauth2(token).get("/api/v1/surveys/quick").then().statusCode(200);

        ExecutorService callers = Executors.newFixedThreadPool(3);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            calls.add(callers.submit(() -> {
                start.await();
                return given().auth().oauth2(token).header("Accept-Language", "en").get("/api/v1/surveys/busy");
            }));
        }
        start.countDown();
        List<Response> answers = new ArrayList<>();
        for (Future<Response> call : calls) {
            answers.add(call.get());
        }
        callers.shutdown();

        // One on the connection, one waiting in vain for a second, one more than may wait.
        assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 503, 503);
        for (Response refused : answers.stream().filter(answer -> answer.statusCode() == 503).toList()) {
            ProblemAssertions.assertProblem(refused, 503, "urn:digipolku:problem:service-unavailable");
            assertThat(refused.header("Retry-After")).isEqualTo("1");
            assertThat(refused.jsonPath().getString("detail")).contains("feedback service is busy");
        }
    }
}
