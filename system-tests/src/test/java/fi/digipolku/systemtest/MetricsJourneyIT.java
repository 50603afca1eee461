package fi.digipolku.systemtest;

import static fi.digipolku.systemtest.Stack.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A coached client's journey and a message exchange through the gateway, read back as numbers from the
 * effectiveness report and from metrics-service's Prometheus endpoint.
 */
class MetricsJourneyIT {

    private static final String CLIENT_SUB = "00000000-0000-4000-8000-000000000001";
    private static final String METRICS = System.getProperty("digipolku.metrics.url", "http://localhost:8084");

    @Test
    void aJourneyAndAMessageExchangeShowInTheReportAndInPrometheus() {
        String definition = Stack.publish(Stack.demoPathway("weight-management.json"), "Painonhallinta");
        String enrollment = Stack.startFor("nurse", definition, CLIENT_SUB);
        Stack.record("client", enrollment, "weight", Map.of("values", Map.of("value", 84.0)));

        String key = UUID.randomUUID().toString();
        Map<String, Object> message = Map.of("enrollmentId", enrollment, "topic", "Punnitus", "body",
                "Paino laski kilon!");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> as("client").header("Idempotency-Key", key).contentType(ContentType.JSON)
                        .body(message).post("/api/v1/threads").statusCode() / 100 == 2);
        String thread = as("client").header("Idempotency-Key", key).contentType(ContentType.JSON).body(message)
                .post("/api/v1/threads").then().extract().path("id");
        as("nurse").contentType(ContentType.JSON).body(Map.of("body", "Hienoa, jatka samaan malliin."))
                .post("/api/v1/threads/" + thread + "/messages").then().statusCode(201);

        JsonPath[] report = new JsonPath[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            report[0] = as("analyst").get("/api/v1/reports/effectiveness?period=month&definitionId=" + definition)
                    .then().statusCode(200).extract().jsonPath();
            return report[0].getList("items").size() > 0
                    && report[0].getInt("items[-1].professional.messagesFromProfessionals") == 1;
        });
        JsonPath month = report[0];
        assertThat(month.getInt("items[-1].organisation.started")).isEqualTo(1);
        assertThat(month.getInt("items[-1].organisation.activeClients")).isEqualTo(1);
        assertThat(month.getInt("items[-1].professional.messagesFromClients")).isEqualTo(1);
        assertThat(month.getInt("items[-1].professional.clientContacts")).isEqualTo(1);
        assertThat(month.getDouble("items[-1].professional.withinPromiseShare")).isEqualTo(1.0);
        assertThat((Object) month.get("items[-1].professional.measurementAdherence")).isNotNull();
        assertThat(month.getString("items[-1].team")).isEqualTo("weight-team");
        as("client").get("/api/v1/reports/effectiveness").then().statusCode(403);

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            String metrics = given().get(METRICS + "/q/metrics").then().statusCode(200).extract().asString();
            return metrics.contains("digipolku_enrollments_active{definition=\"" + definition
                    + "\",team=\"weight-team\"} 1.0")
                    && metrics.contains("digipolku_first_response_seconds_count{definition=\"" + definition
                            + "\",team=\"weight-team\"} 1");
        });
    }
}
