package fi.digipolku.systemtest;

import static fi.digipolku.systemtest.Stack.as;
import static fi.digipolku.systemtest.Stack.gateway;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * Every service answers through the gateway with the caller's token, and an event written to pathway-service's
 * outbox crosses real Kafka to metrics-service.
 */
class ServicesThroughGatewayIT {

    /** The demo weight-management pathway under another name and team. */
    static Map<String, Object> definition(String name, String team) {
        Map<String, Object> definition = Stack.demoPathway("weight-management.json");
        definition.put("name", Map.of("fi", name));
        definition.put("careTeam", team);
        return definition;
    }

    /** Creates and publishes a definition through the gateway; returns its id. */
    static String publishDefinition(String name, String team) {
        String id = as("admin").contentType(ContentType.JSON).body(definition(name, team))
                .post("/api/v1/pathway-definitions").then().statusCode(201).extract().path("id");
        Stack.ifMatch("admin", "/api/v1/pathway-definitions/" + id).post("/api/v1/pathway-definitions/" + id
                + "/publish").then().statusCode(200)
                .body("latestVersion", equalTo(1));
        return id;
    }

    /** Whether metrics-service lists the pathway, on any page (the machine's databases keep earlier runs' pathways). */
    static boolean reported(String definitionId) {
        for (int page = 0;; page++) {
            io.restassured.path.json.JsonPath list = as("analyst").get("/api/v1/reports/pathways?size=100&page=" + page)
                    .then().statusCode(200).extract().jsonPath();
            List<String> ids = list.getList("items.definitionId");
            if (ids.contains(definitionId)) {
                return true;
            }
            if (ids.isEmpty() || (long) (page + 1) * 100 >= list.getLong("total")) {
                return false;
            }
        }
    }

    @Test
    void publishedDefinitionTravelsThroughKafkaIntoReports() {
        String id = publishDefinition("Diabetes, tyyppi 2", "diabetes-team");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> reported(id));
        as("nurse").get("/api/v1/reports/pathways?size=100").then().statusCode(200);
        as("client").get("/api/v1/reports/pathways").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void everyServiceValidatesTheForwardedToken() {
        // With a genuine token each service answers itself, never with a 401.
        String unknownThread = "/api/v1/threads/" + java.util.UUID.randomUUID();
        as("nurse").get(unknownThread).then().statusCode(404).contentType("application/problem+json")
                .body("instance", equalTo(unknownThread));
        as("nurse").get("/api/v1/inbox").then().statusCode(200);
        as("analyst").get("/api/v1/feedback/reports").then().statusCode(200);
        as("admin").get("/api/v1/pathway-definitions").then().statusCode(200);
        as("analyst").get("/api/v1/reports/pathways").then().statusCode(200);
    }

    @Test
    void everyServiceOpenApiDocumentIsReachableWithoutAToken() {
        for (String service : List.of("pathway", "messaging", "feedback", "metrics")) {
            gateway().accept("application/json").get("/openapi/" + service).then().statusCode(200)
                    .body("openapi", startsWith("3."))
                    .body("info.title", equalTo("Digipolku " + service + "-service"));
        }
        gateway().get("/openapi/nothing").then().statusCode(404).contentType("application/problem+json");
    }

    /**
     * Java's HttpClient asks for an upgrade to cleartext HTTP/2 on its first request and sends a body of unknown
     * length in chunks: the body must arrive whole (here the unknown pathway is found missing, so the body was read).
     */
    @Test
    void aChunkedBodyFromJavasHttpClientArrivesWhole() throws Exception {
        String body = "{\"definitionId\":\"" + java.util.UUID.randomUUID()
                + "\",\"clientSubject\":\"00000000-0000-4000-8000-000000000001\"}";
        java.net.http.HttpRequest request = java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(Stack.GATEWAY + "/api/v1/enrollments"))
                .header("Authorization", "Bearer " + Stack.token("nurse")).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .build();
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
    }

    /** A multipart message whose closing boundary never comes is a 400 problem, never a 500. */
    @Test
    void aMultipartBodyCutShortIsABadRequest() throws Exception {
        String body = "--XX\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\nhei\r\n--XX";
        java.net.http.HttpRequest request = java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(Stack.GATEWAY + "/api/v1/threads/" + java.util.UUID.randomUUID()
                        + "/messages"))
                .header("Authorization", "Bearer " + Stack.token("client"))
                .header("Content-Type", "multipart/form-data; boundary=XX")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        org.assertj.core.api.Assertions.assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("application/problem+json");
    }
}
