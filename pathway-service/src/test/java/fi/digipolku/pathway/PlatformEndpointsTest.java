package fi.digipolku.pathway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;

import fi.digipolku.support.testing.PlatformEndpointsContract;
import fi.digipolku.support.testing.RawHttp;
import fi.digipolku.support.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PlatformEndpointsTest extends PlatformEndpointsContract {

    /**
     * An upload that stalls is cut off (tests allow a body 1 s besides its length at the slowest rate) and gives its
     * place back; otherwise a hundred slow senders would keep every other caller out. The rule is the same in every
     * application (LoadShedding).
     */
    @Test
    void anUploadThatStallsIsCutOffWith408AndGivesItsPlaceBack() {
        RawHttp.Answer answer = RawHttp.stalledUpload(RestAssured.port, "/api/v1/pathway-definitions", 100,
                "Authorization: Bearer " + TestTokens.admin("admin-slow"), "Content-Type: application/json");

        assertThat(answer.status()).isEqualTo(408);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("urn:digipolku:problem:request-timeout");
        String metrics = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("digipolku_http_requests_in_progress 0.0")
                .containsPattern("digipolku_http_requests_shed_total\\{reason=\"body-too-slow\",?\\} [1-9]");
    }
}
