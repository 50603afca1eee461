package fi.digipolku.systemtest;

import static fi.digipolku.systemtest.Stack.as;
import static fi.digipolku.systemtest.Stack.gateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.Response;

/** The gateway and the services behind it refuse every request without a genuine, current token of the realm. */
class GatewaySecurityIT {

    private static final String PATH = "/api/v1/pathway-definitions";
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void noTokenIsRefusedWithAProblemAndAChallenge() {
        Response response = gateway().get(PATH);
        response.then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:digipolku:problem:unauthorized"));
        assertNoStackTrace(response);
        gateway().get("/api/v1/session").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void tamperedTokenIsRefused() {
        String token = Stack.token("client");
        String[] parts = token.split("\\.");
        ObjectNode claims = (ObjectNode) read(parts[1]);
        claims.set("realm_access", json.createObjectNode().set("roles", json.createArrayNode().add("admin")));
        String forged = parts[0] + "." + encode(claims) + "." + parts[2];

        Response response = gateway().auth().oauth2(forged).get(PATH);
        response.then().statusCode(401).contentType("application/problem+json");
        assertNoStackTrace(response);
    }

    @Test
    void tokenSignedByAnotherKeyIsRefused() throws Exception {
        String real = Stack.token("admin");
        ObjectNode header = (ObjectNode) read(real.split("\\.")[0]);
        ObjectNode claims = (ObjectNode) read(real.split("\\.")[1]);
        gateway().auth().oauth2(sign(header, claims)).get(PATH).then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void noneAlgorithmIsRefused() {
        String real = Stack.token("admin");
        ObjectNode header = json.createObjectNode().put("alg", "none").put("typ", "JWT");
        ObjectNode claims = (ObjectNode) read(real.split("\\.")[1]);
        gateway().auth().oauth2(parts(header, claims) + ".").get(PATH).then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void genuineTokenPassesTheGatewayAndTheService() {
        as("client").get(PATH).then().statusCode(200).body("items", not(equalTo(null)));
    }

    private static void assertNoStackTrace(Response response) {
        assertThat(response.asString()).doesNotContain("Exception", "\tat ", "io.quarkus", "java.lang");
    }

    private com.fasterxml.jackson.databind.JsonNode read(String part) {
        try {
            return json.readTree(Base64.getUrlDecoder().decode(part));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private String encode(ObjectNode node) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String parts(ObjectNode header, ObjectNode claims) {
        return encode(header) + "." + encode(claims);
    }

    private String sign(ObjectNode header, ObjectNode claims) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(generator.generateKeyPair().getPrivate());
        String content = parts(header, claims);
        signature.update(content.getBytes(StandardCharsets.US_ASCII));
        return content + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    }
}
