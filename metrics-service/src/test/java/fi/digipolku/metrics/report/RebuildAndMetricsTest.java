package fi.digipolku.metrics.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import fi.digipolku.metrics.intake.EventIntake;
import fi.digipolku.metrics.prometheus.DomainGauges;
import fi.digipolku.support.testing.TestClock;
import fi.digipolku.support.testing.TestTokens;
import fi.digipolku.support.testing.events.InMemoryEvents;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class RebuildAndMetricsTest {

    @Inject
    EntityManager em;

    @Inject
    DomainGauges gauges;

    @Inject
    TestClock clock;

    /** One event with a fresh id that happened now on the test clock. */
    private String send(String channel, String type, String subject, Map<String, ?> data) {
        return InMemoryEvents.send(channel, "/test", type, subject, data, UUID.randomUUID().toString(),
                clock.instant());
    }

    private List<String> dailyMetrics() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT day || '|' || definition_id || '|' || team || '|' || metric || '|' || value
                FROM daily_metric ORDER BY 1""", String.class).getResultList());
    }

    private long facts() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM event_fact").getSingleResult()).longValue());
    }

    /** A small journey's worth of events, some of them late. */
    private String journey() {
        String team = "team-" + UUID.randomUUID();
        String definition = UUID.randomUUID().toString();
        long before = facts();
        Instant now = clock.instant();
        send(EventIntake.PATHWAY_EVENTS, "definition.published", definition,
                Map.of("definitionId", definition, "version", 1, "name", "P", "kind", "PROFESSIONAL", "careTeam",
                        team, "measurementModules", 1));
        for (int i = 0; i < 5; i++) {
            String e = UUID.randomUUID().toString();
            Map<String, Object> facts = Map.of("enrollmentId", e, "definitionId", definition, "careTeam", team,
                    "clientId", "c" + i, "moduleKey", "weight", "onSchedule", i % 2 == 0);
            InMemoryEvents.send(EventIntake.PATHWAY_EVENTS, "/test", "enrollment.started", e, facts,
                    UUID.randomUUID().toString(), now.minus(Duration.ofDays(i)));
            InMemoryEvents.send(EventIntake.PATHWAY_EVENTS, "/test", "measurement.recorded", e, facts,
                    UUID.randomUUID().toString(), now.minus(Duration.ofDays(i)));
        }
        send(EventIntake.PATHWAY_EVENTS, "monitoring.viewed", "monitoring",
                Map.of("teams", List.of(team), "rows", 5));
        String thread = UUID.randomUUID().toString();
        send(EventIntake.MESSAGING_EVENTS, "promise.breached", thread,
                Map.of("threadId", thread, "definitionId", definition, "team", team));
        await().atMost(Duration.ofSeconds(10)).until(() -> facts() >= before + 13);
        return definition;
    }

    @Test
    void aRebuildFromTheFactsGivesTheSameNumbers() {
        journey();
        List<String> incremental = dailyMetrics();
        assertThat(incremental).isNotEmpty();
        given().auth().oauth2(TestTokens.admin("admin")).post("/api/v1/reports/rebuild").then().statusCode(200)
                .body("facts", org.hamcrest.Matchers.greaterThan(0));
        assertThat(dailyMetrics()).isEqualTo(incremental);
        given().auth().oauth2(TestTokens.analyst("analyst")).post("/api/v1/reports/rebuild").then()
                .statusCode(403);
    }

    @Test
    void versionOneAndVersionTwoMessagingEventsCountForTheSameTeamBeforeAndAfterARebuild() {
        String team = "team-" + UUID.randomUUID();
        String definition = UUID.randomUUID().toString();
        long before = facts();
        for (String teamField : List.of("team", "careTeam")) {
            String thread = UUID.randomUUID().toString();
            send(EventIntake.MESSAGING_EVENTS, "message.sent", thread, Map.of("threadId", thread, "definitionId",
                    definition, teamField, team, "senderRole", "client", "startedClock", true));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> facts() >= before + 2);
        String day = clock.instant().atZone(TestClock.HELSINKI).toLocalDate().toString();
        List<String> expected = List.of(day + "|" + definition + "|" + team + "|client_contacts|2",
                day + "|" + definition + "|" + team + "|messages_from_clients|2");
        assertThat(dailyMetrics()).containsAll(expected);
        given().auth().oauth2(TestTokens.admin("admin")).post("/api/v1/reports/rebuild").then().statusCode(200);
        assertThat(dailyMetrics()).containsAll(expected);
    }

    @Test
    void domainGaugesAreReadFromTheDatabaseWithPathwayAndTeamLabelsOnly() {
        String definition = journey();
        gauges.refresh();
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("digipolku_enrollments_active\\{definition=\"" + definition
                + "\",team=\"team-[^\"]+\"} 5.0");
        assertThat(metrics).containsPattern("digipolku_service_promise_breaches\\{definition=\"" + definition
                + "\",team=\"team-[^\"]+\"} 1.0");
        assertThat(metrics).containsPattern("digipolku_measurement_adherence_ratio\\{definition=\"" + definition
                + "\",team=\"team-[^\"]+\"} 0.[46]");
        assertThat(metrics).doesNotContain("client=");
    }

    @Test
    void everyMetricTheDashboardsQueryExists() throws IOException {
        journey();
        gauges.refresh();
        String thread = UUID.randomUUID().toString();
        String definition = UUID.randomUUID().toString();
        long before = facts();
        Instant now = clock.instant();
        // received on the first of this month
        clock.setHelsinki(now.atZone(TestClock.HELSINKI).withDayOfMonth(1).toLocalDate().atTime(12, 0));
        for (int i = 0; i < 10; i++) {
            String response = UUID.randomUUID().toString();
            // answers of the last month
            InMemoryEvents.send(EventIntake.FEEDBACK_EVENTS, "/test", "feedback.submitted", response,
                    Map.of("responseId", response, "definitionId", definition, "team", "t", "nps", 9),
                    UUID.randomUUID().toString(),
                    clock.instant().atZone(TestClock.HELSINKI).withDayOfMonth(1).minusDays(1).toInstant());
        }
        send(EventIntake.MESSAGING_EVENTS, "thread.first-response", thread,
                Map.of("threadId", thread, "definitionId", definition, "team", "t", "seconds", 60));
        send(EventIntake.PATHWAY_EVENTS, "enrollment.completed", thread,
                Map.of("enrollmentId", thread, "definitionId", definition, "careTeam", "t"));
        send(EventIntake.PATHWAY_EVENTS, "content.viewed", thread,
                Map.of("enrollmentId", thread, "definitionId", definition, "careTeam", "t", "moduleKey", "x"));
        await().atMost(Duration.ofSeconds(10)).until(() -> facts() >= before + 13);
        clock.setHelsinki(now.atZone(TestClock.HELSINKI).toLocalDateTime());
        gauges.refresh();
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Set<String> exposed = new TreeSet<>();
        Matcher names = Pattern.compile("(?m)^(digipolku_[a-z_]+)").matcher(metrics);
        while (names.find()) {
            exposed.add(names.group(1));
        }
        Set<String> queried = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(Path.of("grafana"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode dashboard = json.readTree(file.toFile());
                assertThat(dashboard.path("panels").size()).as(file.toString()).isPositive();
                for (JsonNode expr : dashboard.findValues("expr")) {
                    Matcher used = Pattern.compile("digipolku_[a-z_]+").matcher(expr.asText());
                    while (used.find()) {
                        queried.add(used.group());
                    }
                }
            }
        }
        assertThat(metrics).as("no promise broken yet is 0, not absent").contains(
                "digipolku_service_promise_breaches{definition=\"" + definition + "\",team=\"t\"} 0.0");
        assertThat(queried).hasSizeGreaterThanOrEqualTo(7);
        assertThat(exposed).containsAll(queried);
    }

    @Test
    void integratorsPostEhrContactsAndTheReportComparesBeforeAndAfter() {
        String team = "team-" + UUID.randomUUID();
        String integrator = TestTokens.integrator("ehr");
        java.time.YearMonth now = java.time.YearMonth.from(clock.instant().atZone(TestClock.HELSINKI));
        String thisMonth = now.toString();
        String earlier = now.minusMonths(2).toString();
        for (String month : List.of(earlier, thisMonth)) {
            given().auth().oauth2(integrator).contentType(ContentType.JSON)
                    .body(Map.of("month", month, "team", team, "phoneCalls", month.equals(earlier) ? 120 : 80,
                            "visits", 40))
                    .put("/api/v1/reports/ehr-contacts").then().statusCode(200);
        }
        String e = UUID.randomUUID().toString();
        long before = facts();
        send(EventIntake.PATHWAY_EVENTS, "enrollment.started", e,
                Map.of("enrollmentId", e, "definitionId", UUID.randomUUID().toString(), "careTeam", team));
        await().atMost(Duration.ofSeconds(10)).until(() -> facts() > before);

        given().auth().oauth2(TestTokens.analyst("a")).get("/api/v1/reports/ehr-contacts?team=" + team).then()
                .statusCode(200).body("pathwayStarted", equalTo(thisMonth)).body("months", org.hamcrest.Matchers
                        .hasSize(2))
                .body("before.phoneCalls", equalTo(120.0f)).body("after.phoneCalls",
                        equalTo(80.0f));
        given().auth().oauth2(TestTokens.professional("n", team)).get("/api/v1/reports/ehr-contacts?team=" + team)
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.professional("n", "other")).get("/api/v1/reports/ehr-contacts?team="
                + team).then().statusCode(403);
        given().auth().oauth2(TestTokens.analyst("a")).get("/api/v1/reports/ehr-contacts").then().statusCode(400);
        given().auth().oauth2(TestTokens.client("c")).contentType(ContentType.JSON)
                .body(Map.of("month", thisMonth, "team", team, "phoneCalls", 1, "visits", 1))
                .put("/api/v1/reports/ehr-contacts").then().statusCode(403);
        given().auth().oauth2(integrator).contentType(ContentType.JSON)
                .body(Map.of("month", "2026-13", "team", team, "phoneCalls", -1, "visits", 1))
                .put("/api/v1/reports/ehr-contacts").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(integrator).contentType(ContentType.JSON)
                .body(Map.of("month", thisMonth, "phoneCalls", 1, "visits", 1)).put("/api/v1/reports/ehr-contacts")
                .then().statusCode(400);
    }
}
