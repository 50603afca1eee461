package fi.digipolku.gateway.openapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import fi.digipolku.gateway.FakeServices;
import fi.digipolku.gateway.ProblemAssertions;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
class OpenApiTest {

    private static final String DOCUMENT = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"Digipolku pathway-service\"}}";

    @FakeServices.Server
    WireMockServer services;

    @Test
    void aServicesDocumentIsReadableWithoutAToken() {
        services.stubFor(get("/q/openapi?format=json").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(DOCUMENT)));

        Response response = given().get("/openapi/pathway");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.asString()).isEqualTo(DOCUMENT);
    }

    @Test
    void theAskedFormatIsPassedOn() {
        services.stubFor(get("/q/openapi?format=yaml").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/yaml").withBody("openapi: 3.1.0\n")));

        Response response = given().queryParam("format", "yaml").get("/openapi/feedback");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.asString()).isEqualTo("openapi: 3.1.0\n");
        assertThat(services.findAll(getRequestedFor(urlEqualTo("/q/openapi?format=yaml")))).isNotEmpty();
    }

    @Test
    void anUnknownServiceIs404() {
        Response response = given().get("/openapi/nope");
        ProblemAssertions.assertProblem(response, 404, "urn:digipolku:problem:not-found");
        assertThat(response.jsonPath().getString("detail")).contains("pathway", "messaging", "feedback", "metrics");
    }

    @Test
    void aServiceThatIsDownIs502() {
        ProblemAssertions.assertProblem(given().config(ProblemAssertions.IMPATIENT).get("/openapi/metrics"), 502,
                "urn:digipolku:problem:bad-gateway");
    }

    @Test
    void theGatewaysOwnDocumentDescribesTheSessionAndIts401() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();

        String get = "paths.'/api/v1/session'.get";
        assertThat(document.getMap(get + ".responses.'200'.content")).containsKey("application/json");
        assertThat(document.getMap(get + ".responses.'401'.content")).containsKey("application/problem+json");
        assertThat(document.getList(get + ".security")).isNotEmpty();
    }
}
