package fi.digipolku.messaging.thread;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import fi.digipolku.support.testing.TestTokens;

/** A message with files whose body ends before the closing boundary is the caller's fault: 400, never 500. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class MalformedMultipartTest {

    @Test
    void aMultipartBodyCutShortIsABadRequest() {
        given().auth().oauth2(TestTokens.client("client-" + UUID.randomUUID()))
                .contentType("multipart/form-data; boundary=XX").header("Accept-Language", "en")
                .body("--XX\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\nhei\r\n--XX"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/threads/" + UUID.randomUUID() + "/messages").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:digipolku:problem:malformed-request"))
                .body("detail", equalTo("The multipart body ends before its closing boundary."));
    }
}
