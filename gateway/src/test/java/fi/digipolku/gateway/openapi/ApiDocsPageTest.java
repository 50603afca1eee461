package fi.digipolku.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

import fi.digipolku.gateway.FakeServices;

/** Swagger UI at /api-docs/: readable without a token, under a policy that allows its own scripts and nothing else. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
class ApiDocsPageTest {

    private static final String STRICT = "default-src 'none'; frame-ancestors 'none'";

    @Test
    void thePageAndItsScriptAreServedUnderTheirOwnPolicy() {
        for (String path : List.of("/api-docs/", "/api-docs/start.js")) {
            Response response = given().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().getValues("Content-Security-Policy")).as(path).hasSize(1);
            String policy = response.header("Content-Security-Policy");
            assertThat(policy).as(path).contains("script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval", "*");
        }
        assertThat(given().get("/api-docs/").asString()).doesNotContainPattern("<script>|<script [^>]*>[^<]+</script>");
    }

    @Test
    void everythingElseKeepsTheStrictPolicy() {
        for (String path : List.of("/openapi", "/q/swagger-ui/swagger-ui-bundle.js", "/api/v1/session", "/",
                "/q/health/live")) {
            assertThat(given().get(path).headers().getValues("Content-Security-Policy")).as(path)
                    .containsExactly(STRICT);
        }
    }

    @Test
    void quarkusOwnPageAndThePathWithoutSlashLeadToTheUi() {
        for (String path : List.of("/api-docs", "/q/swagger-ui", "/q/swagger-ui/", "/q/swagger-ui/index.html")) {
            given().redirects().follow(false).get(path).then().statusCode(302).header("Location", "/api-docs/");
        }
        given().get("/q/swagger-ui/swagger-ui-bundle.js").then().statusCode(200);
    }

    @Test
    void theDocumentsAreListedForTheUi() {
        List<Map<String, String>> documents = given().get("/openapi").then().statusCode(200).extract().jsonPath()
                .getList("$");
        assertThat(documents).extracting(d -> d.get("name")).containsExactlyInAnyOrder("pathway", "messaging",
                "feedback", "metrics", "gateway");
        assertThat(documents).extracting(d -> d.get("url")).contains("/openapi/pathway", "/q/openapi?format=json");
    }
}
