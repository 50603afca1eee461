package fi.digipolku.metrics.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;

import fi.digipolku.metrics.intake.EventIntake;
import fi.digipolku.support.testing.InMemoryEvents;
import fi.digipolku.support.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class EffectivenessReportTest {

    static final String REPORT = "/api/v1/reports/effectiveness";
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Inject
    EntityManager em;

    private final String analyst = TestTokens.analyst("analyst-1");
    private String team;
    private UUID definition;

    @BeforeEach
    void setUp() {
        team = "team-" + UUID.randomUUID();
        definition = UUID.randomUUID();
        send(EventIntake.PATHWAY_EVENTS, "definition.published", definition.toString(), Map.of("definitionId",
                definition.toString(), "version", 1, "name", "Polku " + definition, "kind", "PROFESSIONAL",
                "careTeam", team, "measurementModules", 1, "questionnaireModules", 2), Instant.now());
    }

    private String send(String channel, String type, String subject, Map<String, ?> data, Instant at) {
        return InMemoryEvents.send(channel, "/test", type, subject, data, UUID.randomUUID().toString(), at);
    }

    private Map<String, Object> enrollment(String enrollment) {
        Map<String, Object> data = new HashMap<>();
        data.put("enrollmentId", enrollment);
        data.put("definitionId", definition.toString());
        data.put("careTeam", team);
        data.put("clientId", "client-" + enrollment);
        return data;
    }

    private long facts() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM event_fact WHERE team = ?1").setParameter(1, team)
                .getSingleResult()).longValue());
    }

    private void awaitFacts(long count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> facts() >= count);
    }

    private JsonPath report(String query) {
        return given().auth().oauth2(analyst).get(REPORT + "?definitionId=" + definition + query).then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void theSameEventTwiceCountsOnceAndOutcomesMakeRates() {
        Instant now = Instant.now();
        String e1 = UUID.randomUUID().toString();
        String started = InMemoryEvents.send(EventIntake.PATHWAY_EVENTS, "/test", "enrollment.started", e1,
                enrollment(e1), "fixed-" + e1, now);
        InMemoryEvents.send(EventIntake.PATHWAY_EVENTS, "/test", "enrollment.started", e1, enrollment(e1), started,
                now);
        for (int i = 0; i < 3; i++) {
            String e = UUID.randomUUID().toString();
            send(EventIntake.PATHWAY_EVENTS, "enrollment.started", e, enrollment(e), now);
            Map<String, Object> ended = enrollment(e);
            ended.put("startedOn", LocalDate.now(HELSINKI).minusDays(10 + i).toString());
            ended.put("endedOn", LocalDate.now(HELSINKI).toString());
            send(EventIntake.PATHWAY_EVENTS, i < 2 ? "enrollment.completed" : "enrollment.discontinued", e, ended,
                    now);
        }
        awaitFacts(8);
        JsonPath month = report("&period=month");
        assertThat(month.getInt("[-1].organisation.started")).isEqualTo(4);
        assertThat(month.getInt("[-1].organisation.activeClients")).isEqualTo(1);
        assertThat(month.getInt("[-1].organisation.completed")).isEqualTo(2);
        assertThat(month.getDouble("[-1].organisation.completionRate")).isEqualTo(0.667);
        assertThat(month.getDouble("[-1].organisation.dropOutRate")).isEqualTo(0.333);
        assertThat(month.getDouble("[-1].organisation.medianDurationDays")).isEqualTo(10.5);
        assertThat(month.getString("[-1].pathwayName")).isEqualTo("Polku " + definition);
    }

    @Test
    void aLateEventLandsOnTheDayItHappenedOnTheHelsinkiCalendar() {
        LocalDate today = LocalDate.now(HELSINKI);
        String e = UUID.randomUUID().toString();
        send(EventIntake.PATHWAY_EVENTS, "enrollment.started", e, enrollment(e), Instant.now());
        awaitFacts(2);
        Instant fiveDaysAgo = today.minusDays(5).atTime(0, 30).atZone(HELSINKI).toInstant();
        Map<String, Object> viewed = enrollment(e);
        viewed.put("moduleKey", "intro");
        send(EventIntake.PATHWAY_EVENTS, "content.viewed", e, viewed, fiveDaysAgo);
        awaitFacts(3);

        JsonPath days = report("&period=day&from=" + today.minusDays(6) + "&to=" + today);
        assertThat(days.getList("periodStart", String.class)).hasSize(7);
        assertThat(days.getInt("find { it.periodStart == '" + today.minusDays(5) + "' }.client.contentViews"))
                .isEqualTo(1);
        assertThat(days.getInt("find { it.periodStart == '" + today.minusDays(6) + "' }.client.contentViews"))
                .isZero();
        given().auth().oauth2(analyst).get("/api/v1/reports/content-views?definitionId=" + definition).then()
                .statusCode(200).body("[0].moduleKey", equalTo("intro")).body("[0].views", equalTo(1))
                .body("[0].viewers", equalTo(1));
    }

    @Test
    void npsFromFeedbackIsSuppressedAtNineAndShownAtTenAndEleven() {
        Instant now = Instant.now();
        for (int i = 0; i < 9; i++) {
            feedback(i < 5 ? 10 : 2, now);
        }
        awaitFacts(10);
        JsonPath nine = report("&period=month");
        assertThat((Object) nine.get("[-1].client.nps")).isNull();
        assertThat(nine.getList("[-1].client.suppressed", String.class)).contains("nps", "cesMean");
        feedback(9, now);
        awaitFacts(11);
        JsonPath ten = report("&period=month");
        assertThat(ten.getDouble("[-1].client.nps")).isEqualTo(20.0);
        assertThat(ten.getDouble("[-1].client.cesMean")).isEqualTo(6.0);
        assertThat(ten.getList("[-1].client.suppressed", String.class)).doesNotContain("nps");
        feedback(0, now);
        awaitFacts(12);
        assertThat(report("&period=month").getDouble("[-1].client.nps")).isEqualTo(9.1);
    }

    private void feedback(int nps, Instant at) {
        String response = UUID.randomUUID().toString();
        send(EventIntake.FEEDBACK_EVENTS, "feedback.submitted", response, Map.of("responseId", response,
                "definitionId", definition.toString(), "team", team, "nps", nps, "ces", 6), at);
    }

    @Test
    void promChangeIsSuppressedAtNineAndShownAtTenAndEleven() {
        Instant now = Instant.now();
        for (int i = 0; i < 11; i++) {
            prom(i < 10 ? 10 : 10, i < 10 ? 14 : 20, now);
            if (i == 8 || i == 9 || i == 10) {
                awaitFacts(2L * (i + 1) + 1);
                JsonPath month = report("&period=month");
                if (i == 8) {
                    assertThat((Object) month.get("[-1].client.promChange")).isNull();
                    assertThat(month.getList("[-1].client.suppressed", String.class)).contains("promChange");
                } else {
                    assertThat(month.getDouble("[-1].client.promChange")).isEqualTo(i == 9 ? 4.0 : 4.55);
                }
            }
        }
    }

    private void prom(int startScore, int endScore, Instant now) {
        String e = UUID.randomUUID().toString();
        Map<String, Object> start = enrollment(e);
        start.put("purpose", "START");
        start.put("score", startScore);
        start.put("moduleKey", "start");
        send(EventIntake.PATHWAY_EVENTS, "questionnaire.submitted", e, start, now.minusSeconds(60));
        Map<String, Object> end = enrollment(e);
        end.put("purpose", "END");
        end.put("score", endScore);
        end.put("moduleKey", "end");
        send(EventIntake.PATHWAY_EVENTS, "questionnaire.submitted", e, end, now);
    }

    @Test
    void messagingFiguresComeFromTheMessagingEvents() {
        Instant now = Instant.now();
        long[] seconds = {600, 3600, 7200, 14400};
        for (long s : seconds) {
            String thread = UUID.randomUUID().toString();
            Map<String, Object> data = new HashMap<>(Map.of("threadId", thread, "definitionId",
                    definition.toString(), "team", team));
            Map<String, Object> sent = new HashMap<>(data);
            sent.put("senderRole", "client");
            sent.put("startedClock", true);
            send(EventIntake.MESSAGING_EVENTS, "message.sent", thread, sent, now);
            Map<String, Object> first = new HashMap<>(data);
            first.put("seconds", s);
            first.put("workingSeconds", s);
            first.put("withinPromise", s < 10000);
            send(EventIntake.MESSAGING_EVENTS, "thread.first-response", thread, first, now);
        }
        awaitFacts(9);
        JsonPath month = report("&period=month");
        assertThat(month.getInt("[-1].professional.messagesFromClients")).isEqualTo(4);
        assertThat(month.getInt("[-1].professional.clientContacts")).isEqualTo(4);
        assertThat(month.getDouble("[-1].professional.firstResponseMedianSeconds")).isEqualTo(5400.0);
        assertThat(month.getDouble("[-1].professional.withinPromiseShare")).isEqualTo(0.75);
        given().get("/q/metrics").then().statusCode(200).body(containsString(
                "digipolku_first_response_seconds_bucket{definition=\"" + definition + "\",team=\"" + team
                        + "\",le=\"3600.0\"} 2"));
    }

    @Test
    void csvAndAccessRules() {
        String e = UUID.randomUUID().toString();
        send(EventIntake.PATHWAY_EVENTS, "enrollment.started", e, enrollment(e), Instant.now());
        awaitFacts(2);
        String csv = given().auth().oauth2(analyst).get(REPORT + "?format=csv&definitionId=" + definition).then()
                .statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv).startsWith("definition_id;pathway;team;period_start").contains(team);

        given().auth().oauth2(TestTokens.professional("nurse", team)).get(REPORT + "?team=" + team).then()
                .statusCode(200).body("team", org.hamcrest.Matchers.everyItem(equalTo(team)));
        given().auth().oauth2(TestTokens.professional("other", "other-team")).get(REPORT + "?team=" + team).then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.professional("other", "other-team")).get(REPORT + "?definitionId="
                + definition).then().statusCode(200).body("$", hasSize(0));
        given().auth().oauth2(TestTokens.client("c")).get(REPORT).then().statusCode(403);
        given().auth().oauth2(TestTokens.integrator("i")).get(REPORT).then().statusCode(403);
        given().auth().oauth2(analyst).get(REPORT + "?period=fortnight").then().statusCode(400);
        given().auth().oauth2(analyst).get(REPORT + "?from=2026-02-30").then().statusCode(400);
        given().auth().oauth2(analyst).get(REPORT + "?from=2020-01-01&to=2026-01-01").then().statusCode(400);
        given().auth().oauth2(analyst).get("/api/v1/reports/content-views").then().statusCode(400);
        given().get(REPORT).then().statusCode(401);
    }

    @Test
    void monthBoundariesAreHelsinkiMidnight() {
        ZonedDateTime firstOfMonth = LocalDate.now(HELSINKI).withDayOfMonth(1).atStartOfDay(HELSINKI);
        String e = UUID.randomUUID().toString();
        send(EventIntake.PATHWAY_EVENTS, "enrollment.started", e, enrollment(e),
                firstOfMonth.plusMinutes(30).toInstant());
        awaitFacts(2);
        JsonPath months = report("&period=month&from=" + firstOfMonth.toLocalDate().minusMonths(1));
        assertThat(months.getInt("[-1].organisation.started")).isEqualTo(1);
        assertThat(months.getInt("[0].organisation.started")).isZero();
        List<String> starts = months.getList("periodStart", String.class);
        assertThat(starts).containsExactly(firstOfMonth.toLocalDate().minusMonths(1).toString(),
                firstOfMonth.toLocalDate().toString());
    }
}
