package fi.digipolku.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import fi.digipolku.support.testing.PlatformEndpointsContract;
import fi.digipolku.support.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
class ObservabilityTest extends PlatformEndpointsContract {

    @Override
    protected List<String> routedPrefixes() {
        // a service that answers (WireMock: 404 for what it does not know), FHIR, and a service that is down (502)
        return List.of("/api/v1/threads", "/fhir/r4", "/api/v1/reports");
    }

    @Test
    void liveAndReadyWithoutAToken() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsLabelRoutesNotPaths() {
        given().config(ProblemAssertions.IMPATIENT).auth().oauth2(TestTokens.analyst("analyst-1"))
                .get("/api/v1/reports/report-4711");
        given().get("/openapi/nope");

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics)
                .contains("http_server_requests_seconds_count{method=\"GET\",outcome=\"SERVER_ERROR\",status=\"502\","
                        + "uri=\"/api/v1/reports/*\"}")
                .contains("http_server_requests_seconds_count{method=\"GET\",outcome=\"CLIENT_ERROR\",status=\"404\","
                        + "uri=\"/openapi/{service}\"}")
                .doesNotContain("report-4711");
    }
}
