package fi.digipolku.systemtest;

import static fi.digipolku.systemtest.Stack.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A mobile app retries every create with its Idempotency-Key, through the gateway, the same way for each kind: the
 * retry gets what the first try made (200, {@code Idempotent-Replayed: true}) and nothing is made twice; the key sent
 * with another request is refused with 422; another person's identical key is theirs. (Expiry after 24 hours is
 * covered by each service's tests with their clock.)
 */
class IdempotencyIT {

    private static final String CLIENT_SUB = "00000000-0000-4000-8000-000000000001";
    private static final String KEY_REUSED = "urn:digipolku:problem:idempotency-key-reused";

    @Test
    void enrollmentsRecordsThreadsAndMessagesAreMadeOnceAndAKeyServesOneRequest() {
        String weight = Stack.publish(Stack.demoPathway("weight-management.json"), "Idempotenssi");
        String other = Stack.publish(Stack.demoPathway("weight-management.json"), "Idempotenssi, toinen");

        // Enrollments: the nurse starts one for the client and retries.
        String key = UUID.randomUUID().toString();
        Map<String, Object> start = Map.of("definitionId", weight, "clientSubject", CLIENT_SUB);
        String enrollment = assertCreatedOnce("nurse", "/api/v1/enrollments", start, key);
        assertRefused("nurse", "/api/v1/enrollments", Map.of("definitionId", other, "clientSubject", CLIENT_SUB),
                key);

        // Records: a weight, retried; the same key for another weight, and on another module, is refused.
        String records = "/api/v1/enrollments/" + enrollment + "/modules/weight/records";
        String recordKey = UUID.randomUUID().toString();
        assertCreatedOnce("client", records, Map.of("values", Map.of("value", 82.5)), recordKey);
        assertRefused("client", records, Map.of("values", Map.of("value", 83.0)), recordKey);
        JsonNode stored = Stack.json(as("client").get(records.replace("/modules/weight/records", "/records")
                + "?size=100").then().statusCode(200).extract().asString());
        assertThat(stored.path("total").asInt()).isEqualTo(1);

        // Threads: the client opens one as soon as messaging-service knows the enrollment.
        String threadKey = UUID.randomUUID().toString();
        Map<String, Object> open = Map.of("enrollmentId", enrollment, "topic", "Painonhallinta",
                "body", "Voinko syödä ennen punnitusta?");
        await().atMost(Duration.ofSeconds(30)).until(() -> post("client",
                "/api/v1/threads", open, threadKey).statusCode() == 201);
        Response replayedThread = post("client", "/api/v1/threads", open, threadKey);
        assertThat(replayedThread.statusCode()).isEqualTo(200);
        assertThat(replayedThread.header("Idempotent-Replayed")).isEqualTo("true");
        String thread = replayedThread.path("id");
        assertRefused("client", "/api/v1/threads", Map.of("enrollmentId", enrollment, "topic", "Muu aihe",
                "body", "Toinen kysymys"), threadKey);

        // Messages: the nurse answers and retries; the same key in the client's hands is the client's own.
        String messages = "/api/v1/threads/" + thread + "/messages";
        String messageKey = UUID.randomUUID().toString();
        assertCreatedOnce("nurse", messages, Map.of("body", "Punnitse aamulla ennen aamiaista."), messageKey);
        assertRefused("nurse", messages, Map.of("body", "Punnitse illalla."), messageKey);
        assertCreatedOnce("client", messages, Map.of("body", "Kiitos!"), messageKey);
        JsonNode written = Stack.json(as("client").get(messages + "?size=100").then().statusCode(200).extract()
                .asString());
        assertThat(written.path("total").asInt()).as("the opening message, the nurse's and the client's").isEqualTo(3);
    }

    @Test
    void aWebhookRetriedGetsItsSigningSecretAgain() {
        String integrator = Stack.integratorToken();
        String key = UUID.randomUUID().toString();
        Map<String, Object> register = Map.of("url", "http://localhost:9/hooks/" + UUID.randomUUID(),
                "resourceTypes", List.of("Observation"));
        Response first = Stack.gateway().auth().oauth2(integrator).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(register).post("/api/v1/webhooks");
        Response retry = Stack.gateway().auth().oauth2(integrator).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(register).post("/api/v1/webhooks");
        Response other = Stack.gateway().auth().oauth2(integrator).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(Map.of("url", "http://localhost:9/elsewhere",
                        "resourceTypes", List.of("Observation")))
                .post("/api/v1/webhooks");
        try {
            assertThat(first.statusCode()).isEqualTo(201);
            assertThat(retry.statusCode()).isEqualTo(200);
            assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(retry.<String>path("id")).isEqualTo(first.path("id"));
            assertThat(retry.<String>path("secret")).isNotBlank().isEqualTo(first.path("secret"));
            assertThat(other.statusCode()).isEqualTo(422);
            assertThat(other.<String>path("type")).isEqualTo(KEY_REUSED);
        } finally {
            Stack.gateway().auth().oauth2(integrator).delete("/api/v1/webhooks/" + first.path("id"));
        }
        Response afterDelete = Stack.gateway().auth().oauth2(integrator).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(register).post("/api/v1/webhooks");
        assertThat(afterDelete.statusCode()).as("a retry after the delete registers nothing").isEqualTo(409);
        assertThat(Stack.gateway().auth().oauth2(integrator).get("/api/v1/webhooks").then().statusCode(200)
                .extract().<String>jsonPath().getList("url")).doesNotContain((String) register.get("url"));
    }

    @Test
    void aBlankKeyIsRefusedThroughTheGatewayNotTakenAsNone() {
        String integrator = Stack.integratorToken();
        Map<String, Object> register = Map.of("url", "http://localhost:9/hooks/" + UUID.randomUUID(),
                "resourceTypes", List.of("Observation"));
        for (String blank : List.of("", "   ")) {
            Response refused = Stack.gateway().auth().oauth2(integrator).contentType(ContentType.JSON)
                    .header("Idempotency-Key", blank).body(register).post("/api/v1/webhooks");
            assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(400);
            assertThat(refused.<String>path("errors[0].field")).isEqualTo("Idempotency-Key");
        }
        assertThat(Stack.gateway().auth().oauth2(integrator).get("/api/v1/webhooks").then().statusCode(200)
                .extract().<String>jsonPath().getList("url")).doesNotContain((String) register.get("url"));
    }

    @Test
    void aFeedbackAnswerRetriedIsTakenOnceAndItsKeyServesOneRequest() {
        String youth = Stack.publish(Stack.demoPathwayOpenToday("youth-sleep.json"), "Idempotenssi, palaute");
        List<String> requests = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            requests.add(completeAndAwaitFeedbackRequest(youth, requests));
        }
        String key = UUID.randomUUID().toString();
        String answer = "/api/v1/feedback/requests/" + requests.get(0) + "/response";

        Response first = post("client", answer, Map.of("nps", 9, "ces", 6), key);
        Response retry = post("client", answer, Map.of("nps", 9, "ces", 6), key);
        Response elsewhere = post("client", "/api/v1/feedback/requests/" + requests.get(1) + "/response",
                Map.of("nps", 9, "ces", 6), key);
        Response withoutKey = post("client", answer, Map.of("nps", 9, "ces", 6), null);

        assertThat(first.statusCode()).isEqualTo(204);
        assertThat(retry.statusCode()).isEqualTo(204);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(elsewhere.statusCode()).isEqualTo(422);
        assertThat(elsewhere.<String>path("type")).isEqualTo(KEY_REUSED);
        assertThat(withoutKey.statusCode()).isEqualTo(409);
    }

    /** The client completes an enrollment of the pathway; returns its new feedback request. */
    private static String completeAndAwaitFeedbackRequest(String definition, List<String> known) {
        String enrollment = post("client", "/api/v1/enrollments", Map.of("definitionId", definition),
                UUID.randomUUID().toString()).then().statusCode(201).extract().path("id");
        Map<String, Object> modules = new LinkedHashMap<>();
        modules.put("sleep-basics", Map.of());
        modules.put("mood-diary", Map.of("text", "Nukuin hyvin"));
        modules.put("weekly-check", Map.of());
        modules.put("end-check", Map.of("answers", Map.of("sleep-quality", 7)));
        modules.forEach((module, body) -> Stack.record("client", enrollment, module, body));
        String[] found = new String[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (JsonNode request : Stack.json(as("client").get("/api/v1/feedback/requests").then()
                    .statusCode(200).extract().asString())) {
                if (request.path("definitionId").asText().equals(definition)
                        && !known.contains(request.path("id").asText())) {
                    found[0] = request.path("id").asText();
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    private static Response post(String user, String path, Object body, String key) {
        RequestSpecification request = as(user).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post(path);
    }

    /** 201 for the first try, then 200 with the same id and the replay header for the retry; returns the id. */
    private static String assertCreatedOnce(String user, String path, Object body, String key) {
        Response first = post(user, path, body, key);
        assertThat(first.statusCode()).as(first.asString()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        Response retry = post(user, path, body, key);
        assertThat(retry.statusCode()).as(retry.asString()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.<String>path("id")).isEqualTo(first.path("id"));
        return first.path("id");
    }

    private static void assertRefused(String user, String path, Object body, String key) {
        Response refused = post(user, path, body, key);
        assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.<String>path("type")).isEqualTo(KEY_REUSED);
    }
}
