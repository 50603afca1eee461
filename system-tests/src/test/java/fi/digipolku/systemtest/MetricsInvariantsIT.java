package fi.digipolku.systemtest;

import static fi.digipolku.systemtest.Stack.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;

/**
 * Figures of the running system that must hold whatever the input: no label value of any Prometheus metric comes from
 * a request (the series stay bounded under thousands of random paths, with and without tokens), and every share or
 * rate anywhere (effectiveness report, Prometheus) is within [0, 1] and every count is non-negative.
 */
class MetricsInvariantsIT {

    private static final String CLIENT_SUB = "00000000-0000-4000-8000-000000000001";
    private static final String CHILD_SUB = "00000000-0000-4000-8000-000000000004";
    /** Every application's own port, where Prometheus scrapes it. */
    private static final Map<String, String> APPS = Map.of("gateway", "http://localhost:8080", "pathway",
            "http://localhost:8081", "messaging", "http://localhost:8082", "feedback", "http://localhost:8083",
            "metrics", "http://localhost:8084");
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*})?\\s+(\\S+)");
    /** Names of figures that are shares of a whole by definition. */
    private static final Pattern SHARE = Pattern.compile("(?i).*(share|rate|ratio|adherence|proportion)$");
    private static final Pattern NPS = Pattern.compile("(?i)(.*_)?nps(_.*)?");

    @Test
    void noMetricLabelComesFromTheRequest() {
        Random random = new Random(20261206);
        String marker = "zq" + Long.toString(Math.abs(random.nextLong()), 36);
        for (var app : APPS.entrySet()) {
            Set<String> before = series(app.getValue());
            String[] methods = {"GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"};
            for (int i = 0; i < 300; i++) {
                String path = switch (i % 5) {
                    case 0 -> "/api/v1/" + marker + i;
                    case 1 -> "/api/v1/enrollments/" + marker + i + "/records";
                    case 2 -> "/fhir/r4/Observation/" + marker + i;
                    case 3 -> "/" + marker + i;
                    default -> "/q/" + marker + i;
                };
                var request = given().baseUri(app.getValue());
                if (i % 2 == 0) {
                    request = request.auth().oauth2(Stack.token("nurse"));
                }
                int status = request.request(methods[i % methods.length], path).statusCode();
                assertThat(status).as("%s %s %s", app.getKey(), methods[i % methods.length], path).isLessThan(500);
            }
            Set<String> after = series(app.getValue());
            Set<String> added = new TreeSet<>(after);
            added.removeAll(before);
            assertThat(added.stream().filter(s -> s.contains(marker)))
                    .as("%s: series labelled with a requested path", app.getKey()).isEmpty();
            // 300 distinct paths may add a handful of HTTP series (status and method combinations), never one per
            // path (a service just started also registers its Kafka consumers' series meanwhile, from no request)
            assertThat(added.stream().filter(s -> s.startsWith("http_")))
                    .as("%s: HTTP series added by 300 random paths", app.getKey()).hasSizeLessThan(60);
        }
    }

    @Test
    void everyShareIsWithinZeroAndOneAndEveryCountIsNonNegative() {
        // a keen client measuring more than the schedule asks for, and another who measures and then leaves
        String definition = Stack.publish(Stack.demoPathway("weight-management.json"), "Osuudet");
        String enrollment = Stack.startFor("nurse", definition, CLIENT_SUB);
        for (double kilos : new double[]{84.0, 83.8, 83.9, 84.1}) {
            Stack.record("client", enrollment, "weight", Map.of("values", Map.of("value", kilos)));
        }
        Stack.record("client", enrollment, "waist", Map.of("values", Map.of("value", 101.0)));
        String leaving = Stack.startFor("nurse", definition, CHILD_SUB);
        Stack.record("child", leaving, "weight", Map.of("values", Map.of("value", 52.0)));
        Stack.ifMatch("nurse", "/api/v1/enrollments/" + leaving).contentType(ContentType.JSON)
                .body(Map.of("reason", "Muutti pois")).post("/api/v1/enrollments/" + leaving + "/discontinue").then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> as("analyst").get("/api/v1/reports/effectiveness?period=month&definitionId=" + definition)
                        .then().statusCode(200).extract().asString().contains("\"discontinued\":1"));

        List<String> wrong = new ArrayList<>();
        for (var app : APPS.entrySet()) {
            for (String line : given().baseUri(app.getValue()).accept("text/plain; version=0.0.4").get("/q/metrics")
                    .then().statusCode(200).extract().asString().split("\n")) {
                Matcher sample = SAMPLE.matcher(line);
                // the platform's own figures by their names, and every other library's "ratio" as a share too
                if (line.startsWith("#") || !sample.find()
                        || !sample.group(1).startsWith("digipolku_") && !sample.group(1).endsWith("_ratio")) {
                    continue;
                }
                double value = Double.parseDouble(sample.group(3));
                // a library's gauge with nothing to measure yet (an idle Vert.x pool) says NaN, Prometheus' "no value"
                boolean libraryWithoutValue = !sample.group(1).startsWith("digipolku_") && Double.isNaN(value);
                if (!libraryWithoutValue && !valid(sample.group(1), value)) {
                    wrong.add(app.getKey() + ": " + line);
                }
            }
        }
        JsonNode report = Stack.json(as("analyst").get("/api/v1/reports/effectiveness?period=month&size=100")
                .then().statusCode(200).extract().asString());
        check("report", report, wrong);
        assertThat(wrong).as("shares outside [0, 1] or negative counts").isEmpty();
    }

    /**
     * Feedback figures are published by feedback-service alone, under the small-group rule: no Prometheus series
     * anywhere counts feedback events, not even the Kafka clients' own (records, bytes, lag of the feedback topic, or
     * any figure of feedback-service's outbox producer or metrics-service's feedback consumer), which would show how
     * many answers one pool run stored.
     */
    @Test
    void noPrometheusSeriesCountsFeedbackEvents() {
        List<String> counting = new ArrayList<>();
        for (var app : APPS.entrySet()) {
            for (String series : series(app.getValue())) {
                boolean feedbackTopic = series.contains("topic=\"feedback-events\"");
                boolean feedbackClient = series.startsWith("kafka_")
                        && (series.contains("\"kafka-consumer-feedback-events\"")
                                || app.getKey().equals("feedback") && series.contains("\"kafka-producer-outbox\""));
                if (feedbackTopic || feedbackClient) {
                    counting.add(app.getKey() + ": " + series);
                }
            }
        }
        assertThat(counting).as("series that count feedback events").isEmpty();
        // the other topics' clients stay observable: the rule hides feedback, not Kafka
        assertThat(series(APPS.get("metrics"))).anyMatch(series -> series.startsWith("kafka_consumer_")
                && series.contains("\"kafka-consumer-pathway-events\""));
    }

    /**
     * The rule for one figure: a share is within [0, 1], a Net Promoter Score within [-100, 100], anything else (counts,
     * durations, means) is non-negative.
     */
    private static boolean valid(String name, double value) {
        if (Double.isNaN(value)) {
            return false;
        }
        if (NPS.matcher(name).matches()) {
            return value >= -100 && value <= 100;
        }
        return value >= 0 && (!SHARE.matcher(name).matches() || value <= 1);
    }

    /** Walks a report and checks every number in it by its field's name. */
    private static void check(String path, JsonNode node, List<String> wrong) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                var field = it.next();
                String name = field.getKey();
                JsonNode value = field.getValue();
                if (value.isNumber()) {
                    if (!valid(name, value.asDouble())) {
                        wrong.add(path + "." + name + " = " + value);
                    }
                } else {
                    check(path + "." + name, value, wrong);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(path + "[" + i + "]", node.get(i), wrong);
            }
        }
    }

    /** The series an application exposes: metric name and labels, without values. */
    private static Set<String> series(String baseUri) {
        Set<String> series = new TreeSet<>();
        for (String line : given().baseUri(baseUri).accept("text/plain; version=0.0.4").get("/q/metrics").then()
                .statusCode(200).extract().asString().split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (!line.startsWith("#") && sample.find()) {
                series.add(sample.group(1) + (sample.group(2) == null ? "" : sample.group(2)));
            }
        }
        return series;
    }
}
