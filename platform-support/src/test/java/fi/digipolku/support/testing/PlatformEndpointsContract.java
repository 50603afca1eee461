package fi.digipolku.support.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

/**
 * What every Digipolku application serves besides its API: health, Prometheus metrics, its OpenAPI document, and
 * problem+json for paths nothing serves. A service's test class extends this and adds its Quarkus test annotations.
 */
public abstract class PlatformEndpointsContract {

    @Test
    void livenessAndReadinessAreUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsAreServed() {
        given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .body(containsString("# TYPE jvm_memory_used_bytes gauge"));
    }

    @Test
    void openApiDocumentDescribesTheApiWithBearerSecurity() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("openapi", containsString("3."))
                .body("components.securitySchemes.keySet()", not(hasItem("none")))
                .body("components.securitySchemes.SecurityScheme.scheme", equalTo("bearer"));
    }

    @Test
    void everyApiPathNeedsATokenEvenWhenNothingServesIt() {
        given().get("/api/v1/no-such-thing").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:digipolku:problem:unauthorized"));
    }

    @Test
    void unknownPathsAnswerWithAProblem() {
        given().auth().oauth2(TestTokens.admin("admin-x")).get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:digipolku:problem:not-found"));
    }
}
