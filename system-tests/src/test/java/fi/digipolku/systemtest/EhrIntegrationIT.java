package fi.digipolku.systemtest;

import static fi.digipolku.systemtest.Stack.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import io.restassured.http.ContentType;

/**
 * Two-way data transfer through the gateway with real tokens: the client records a weight and answers a
 * questionnaire, the nurse reviews them, the EHR integrator is notified by a signed webhook, fetches both as FHIR by
 * the patient's identity code, and the client sees the disclosure.
 */
class EhrIntegrationIT {

    private static final String CLIENT_SUB = "00000000-0000-4000-8000-000000000001";
    private static final String CLIENT_HETU = "010190-900P";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void reviewedDataReachesTheIntegratorAndTheClientSeesTheDisclosure() throws Exception {
        List<String[]> received = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/ehr-hooks", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.add(new String[]{exchange.getRequestHeaders().getFirst("Digipolku-Signature"),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)});
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        String integrator = Stack.integratorToken();
        String webhook = null;
        try {
            var registered = Stack.gateway().auth().oauth2(integrator).contentType(ContentType.JSON)
                    .body(Map.of("url", "http://localhost:" + server.getAddress().getPort() + "/ehr-hooks",
                            "resourceTypes", List.of("Observation", "QuestionnaireResponse")))
                    .post("/api/v1/webhooks").then().statusCode(201).extract();
            webhook = registered.path("id");
            String secret = registered.path("secret");

            String definition = Stack.publish(Stack.demoPathway("weight-management.json"), "Painonhallinta");
            String enrollment = Stack.startFor("nurse", definition, CLIENT_SUB);

            Instant before = Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
            as("client").get("/api/v1/enrollments/" + enrollment).then().statusCode(200);
            String weight = recorded(enrollment, "weight", Map.of("values", Map.of("value", 83.4)));
            String answers = recorded(enrollment, "start-questionnaire", Map.of("answers",
                    Map.of("meals", 4, "activity", "some", "wellbeing", 6)));
            for (String record : List.of(weight, answers)) {
                as("nurse").post("/api/v1/enrollments/" + enrollment + "/records/" + record + "/review").then()
                        .statusCode(200);
            }

            long deadline = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < deadline && received.stream()
                    .filter(r -> r[1].contains(weight) || r[1].contains(answers)).count() < 2) {
                Thread.sleep(500);
            }
            List<String[]> mine = received.stream().filter(r -> r[1].contains(weight) || r[1].contains(answers))
                    .toList();
            assertThat(mine).hasSize(2);
            for (String[] notification : mine) {
                assertThat(verify(notification[0], secret, notification[1])).isTrue();
                assertThat(notification[1]).doesNotContain(CLIENT_HETU);
            }

            String patient = "patient:identifier=urn:oid:1.2.246.21|" + CLIENT_HETU + "&_lastUpdated=ge" + before
                    + "&_count=100";
            JsonNode observations = fhir(integrator, "/fhir/r4/Observation?" + patient);
            assertThat(observations.findValuesAsText("id")).contains(weight);
            JsonNode responses = fhir(integrator, "/fhir/r4/QuestionnaireResponse?" + patient);
            assertThat(responses.findValuesAsText("id")).contains(answers);
            JsonNode observation = fhir(integrator, "/fhir/r4/Observation/" + weight);
            assertThat(observation.at("/subject/identifier/value").asText()).isEqualTo(CLIENT_HETU);
            assertThat(observation.at("/valueQuantity/value").asDouble()).isEqualTo(83.4);

            String disclosures = as("client").get("/api/v1/disclosures?size=100").then().statusCode(200).extract()
                    .asString();
            assertThat(disclosures).contains(weight).contains(answers);
            Stack.gateway().auth().oauth2(integrator).get("/api/v1/disclosures").then().statusCode(403);
            as("nurse").get("/fhir/r4/Observation").then().statusCode(403).contentType("application/fhir+json");
        } finally {
            server.stop(0);
            if (webhook != null) {
                Stack.gateway().auth().oauth2(integrator).delete("/api/v1/webhooks/" + webhook);
            }
        }
    }

    private static String recorded(String enrollment, String module, Object body) {
        return as("client").contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).post("/api/v1/enrollments/" + enrollment + "/modules/" + module + "/records").then()
                .statusCode(201).extract().path("id");
    }

    private static JsonNode fhir(String token, String path) throws Exception {
        String body = Stack.gateway().auth().oauth2(token).accept("application/fhir+json").get(path).then()
                .statusCode(200).contentType("application/fhir+json").extract().asString();
        return JSON.readTree(body);
    }

    /** The receiver's check of {@code Digipolku-Signature: t=<unix>,v1=<hex HMAC-SHA-256 of "t.body">}. */
    private static boolean verify(String header, String secret, String body) throws Exception {
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] pair = part.split("=", 2);
            if (pair[0].equals("t")) {
                t = pair[1];
            } else if (pair[0].equals("v1")) {
                v1 = pair[1];
            }
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = java.util.HexFormat.of()
                .formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
        return expected.equals(v1)
                && Math.abs(Instant.now().getEpochSecond() - Long.parseLong(t)) < 300;
    }
}
