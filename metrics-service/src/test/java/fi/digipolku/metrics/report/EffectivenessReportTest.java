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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;

import fi.digipolku.metrics.intake.EventIntake;
import fi.digipolku.metrics.prometheus.DomainGauges;
import fi.digipolku.metrics.testing.ShareInvariant;
import fi.digipolku.support.testing.TestClock;
import fi.digipolku.support.testing.TestTokens;
import fi.digipolku.support.testing.events.InMemoryEvents;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class EffectivenessReportTest {

    static final String REPORT = "/api/v1/reports/effectiveness";
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    @Inject
    DomainGauges gauges;

    private final String analyst = TestTokens.analyst("analyst-1");
    private String team;
    private UUID definition;

    @BeforeEach
    void setUp() {
        team = "team-" + UUID.randomUUID();
        definition = UUID.randomUUID();
        send(EventIntake.PATHWAY_EVENTS, "definition.published", definition.toString(), Map.of("definitionId",
                definition.toString(), "version", 1, "name", "Polku " + definition, "kind", "PROFESSIONAL",
                "careTeam", team, "measurementModules", 1, "questionnaireModules", 2), clock.instant());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), HELSINKI);
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
        Instant now = clock.instant();
        String e1 = UUID.randomUUID().toString();
        String started = InMemoryEvents.send(EventIntake.PATHWAY_EVENTS, "/test", "enrollment.started", e1,
                enrollment(e1), "fixed-" + e1, now);
        InMemoryEvents.send(EventIntake.PATHWAY_EVENTS, "/test", "enrollment.started", e1, enrollment(e1), started,
                now);
        for (int i = 0; i < 3; i++) {
            String e = UUID.randomUUID().toString();
            send(EventIntake.PATHWAY_EVENTS, "enrollment.started", e, enrollment(e), now);
            Map<String, Object> ended = enrollment(e);
            ended.put("startedOn", today().minusDays(10 + i).toString());
            ended.put("endedOn", today().toString());
            send(EventIntake.PATHWAY_EVENTS, i < 2 ? "enrollment.completed" : "enrollment.discontinued", e, ended,
                    now);
        }
        awaitFacts(8);
        JsonPath month = report("&period=month");
        assertThat(month.getInt("items[-1].organisation.started")).isEqualTo(4);
        assertThat(month.getInt("items[-1].organisation.activeClients")).isEqualTo(1);
        assertThat(month.getInt("items[-1].organisation.completed")).isEqualTo(2);
        assertThat(month.getDouble("items[-1].organisation.completionRate")).isEqualTo(0.667);
        assertThat(month.getDouble("items[-1].organisation.dropOutRate")).isEqualTo(0.333);
        assertThat(month.getDouble("items[-1].organisation.medianDurationDays")).isEqualTo(10.5);
        assertThat(month.getString("items[-1].pathwayName")).isEqualTo("Polku " + definition);
    }

    @Test
    void aLateEventLandsOnTheDayItHappenedOnTheHelsinkiCalendar() {
        LocalDate today = today();
        String e = UUID.randomUUID().toString();
        send(EventIntake.PATHWAY_EVENTS, "enrollment.started", e, enrollment(e), clock.instant());
        awaitFacts(2);
        Instant fiveDaysAgo = today.minusDays(5).atTime(0, 30).atZone(HELSINKI).toInstant();
        Map<String, Object> viewed = enrollment(e);
        viewed.put("moduleKey", "intro");
        send(EventIntake.PATHWAY_EVENTS, "content.viewed", e, viewed, fiveDaysAgo);
        awaitFacts(3);

        JsonPath days = report("&period=day&from=" + today.minusDays(6) + "&to=" + today);
        assertThat(days.getList("items.periodStart", String.class)).hasSize(7);
        assertThat(days.getInt("items.find { it.periodStart == '" + today.minusDays(5) + "' }.client.contentViews"))
                .isEqualTo(1);
        assertThat(days.getInt("items.find { it.periodStart == '" + today.minusDays(6) + "' }.client.contentViews"))
                .isZero();
        given().auth().oauth2(analyst).get("/api/v1/reports/content-views?definitionId=" + definition).then()
                .statusCode(200).body("[0].moduleKey", equalTo("intro")).body("[0].views", equalTo(1))
                .body("[0].viewers", equalTo(1));
    }

    /** The month report of the month of {@code day}: one row. */
    private JsonPath month(LocalDate day) {
        return report("&period=month&from=" + day.withDayOfMonth(1) + "&to=" + day.withDayOfMonth(1).plusMonths(1)
                .minusDays(1));
    }

    /** Moves the clock past the close of the answers of {@code day}'s month (two days after it ends). */
    private void monthClosed(LocalDate day) {
        clock.setHelsinki(day.withDayOfMonth(1).plusMonths(1).plusDays(2).atTime(0, 0));
    }

    @Test
    void feedbackFiguresAreLeftToFeedbackService() {
        Instant at = clock.instant();
        LocalDate day = today();
        for (int i = 0; i < 10; i++) {
            feedback(10, at);
        }
        awaitFacts(11);
        monthClosed(day);
        JsonPath month = month(day);
        // Two services publishing the same figure by different rules could be compared to isolate late answers.
        assertThat(month.getMap("items[-1].client")).doesNotContainKeys("nps", "cesMean");
        gauges.refresh();
        assertThat(given().get("/q/metrics").then().extract().asString()).doesNotContain("digipolku_nps");
    }

    @Test
    void promChangeIsShownOnlyOnceTheMonthsAnswersHaveClosedAndALateAnswerChangesNothing() {
        Instant at = clock.instant();
        LocalDate day = today();
        for (int i = 0; i < 10; i++) {
            prom(10, 14, at);
        }
        awaitFacts(21);
        clock.setHelsinki(day.withDayOfMonth(1).plusMonths(1).plusDays(1).atTime(23, 59));
        assertThat((Object) month(day).get("items[-1].client.promChange")).as("ended, but late answers may come")
                .isNull();
        assertThat(month(day).getList("items[-1].client.suppressed", String.class)).contains("promChange");
        monthClosed(day);
        assertThat(month(day).getDouble("items[-1].client.promChange")).isEqualTo(4.0);

        // An answer of that month received after its close changes nothing: two readings would tell what it was.
        prom(10, 20, at);
        awaitFacts(23);
        assertThat(month(day).getDouble("items[-1].client.promChange")).isEqualTo(4.0);
        JsonPath days = report("&period=day&from=" + day + "&to=" + day);
        assertThat((Object) days.get("items[-1].client.promChange")).as("days lie inside months").isNull();
    }

    private void feedback(int nps, Instant at) {
        String response = UUID.randomUUID().toString();
        send(EventIntake.FEEDBACK_EVENTS, "feedback.submitted", response, Map.of("responseId", response,
                "definitionId", definition.toString(), "team", team, "nps", nps, "ces", 6), at);
    }

    @Test
    void promChangeIsSuppressedAtNineAndShownAtTenAndEleven() {
        Instant now = clock.instant();
        LocalDate day = today();
        for (int i = 0; i < 11; i++) {
            prom(i < 10 ? 10 : 10, i < 10 ? 14 : 20, now);
            if (i == 8 || i == 9 || i == 10) {
                awaitFacts(2L * (i + 1) + 1);
                monthClosed(day);
                JsonPath month = month(day);
                clock.setHelsinki(java.time.LocalDateTime.ofInstant(now, HELSINKI)); // more answers in the month
                if (i == 8) {
                    assertThat((Object) month.get("items[-1].client.promChange")).isNull();
                    assertThat(month.getList("items[-1].client.suppressed", String.class)).contains("promChange");
                } else {
                    assertThat(month.getDouble("items[-1].client.promChange")).isEqualTo(i == 9 ? 4.0 : 4.55);
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
        Instant now = clock.instant();
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
        assertThat(month.getInt("items[-1].professional.messagesFromClients")).isEqualTo(4);
        assertThat(month.getInt("items[-1].professional.clientContacts")).isEqualTo(4);
        assertThat(month.getDouble("items[-1].professional.firstResponseMedianSeconds")).isEqualTo(5400.0);
        assertThat(month.getDouble("items[-1].professional.withinPromiseShare")).isEqualTo(0.75);
        given().get("/q/metrics").then().statusCode(200).body(containsString(
                "digipolku_first_response_seconds_bucket{definition=\"" + definition + "\",team=\"" + team
                        + "\",le=\"3600.0\"} 2"));
    }

    @Test
    void csvAndAccessRules() {
        String e = UUID.randomUUID().toString();
        send(EventIntake.PATHWAY_EVENTS, "enrollment.started", e, enrollment(e), clock.instant());
        awaitFacts(2);
        String csv = given().auth().oauth2(analyst).get(REPORT + "?format=csv&definitionId=" + definition).then()
                .statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv).startsWith("definition_id;pathway;team;period_start").contains(team);

        given().auth().oauth2(TestTokens.professional("nurse", team)).get(REPORT + "?team=" + team).then()
                .statusCode(200).body("items.team", org.hamcrest.Matchers.everyItem(equalTo(team)));
        given().auth().oauth2(TestTokens.professional("other", "other-team")).get(REPORT + "?team=" + team).then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.professional("other", "other-team")).get(REPORT + "?definitionId="
                + definition).then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.client("c")).get(REPORT).then().statusCode(403);
        given().auth().oauth2(TestTokens.integrator("i")).get(REPORT).then().statusCode(403);
        given().auth().oauth2(analyst).get(REPORT + "?period=fortnight").then().statusCode(400);
        given().auth().oauth2(analyst).get(REPORT + "?from=2026-02-30").then().statusCode(400);
        given().auth().oauth2(analyst).get(REPORT + "?from=2020-01-01&to=2026-01-01").then().statusCode(400);
        given().auth().oauth2(analyst).get("/api/v1/reports/content-views").then().statusCode(400);
        given().get(REPORT).then().statusCode(401);
    }

    @Test
    void problemsComeInTheCallersLanguage() {
        String other = TestTokens.professional("other", "other-team");
        given().auth().oauth2(other).header("Accept-Language", "sv").get(REPORT + "?team=" + team).then()
                .statusCode(403).contentType("application/problem+json").header("Content-Language", "sv")
                .body("title", equalTo("Åtkomst nekad"))
                .body("detail", equalTo("Du ser bara siffrorna för dina egna vårdteam."));
        given().auth().oauth2(other).get(REPORT + "?team=" + team).then().statusCode(403)
                .header("Content-Language", "fi").body("title", equalTo("Pääsy estetty"))
                .body("detail", equalTo("Näet vain omien hoitotiimiesi luvut."));
        given().auth().oauth2(other).header("Accept-Language", "en").get(REPORT + "?team=" + team).then()
                .statusCode(403).header("Content-Language", "en").body("title", equalTo("Access is denied"))
                .body("detail", equalTo("You see the figures of your own teams only."));
        given().auth().oauth2(analyst).header("Accept-Language", "sv-FI,sv;q=0.9")
                .get(REPORT + "?from=2026-03-01&to=2026-02-01").then().statusCode(400)
                .header("Content-Language", "sv").body("errors[0].field", equalTo("to"))
                .body("errors[0].message", equalTo("får inte vara före from"));
        given().auth().oauth2(analyst).get(REPORT + "?team=-x&format=xml").then().statusCode(400)
                .header("Content-Language", "fi").body("errors.find { it.field == 'team' }.message",
                        equalTo("saa sisältää vain kirjaimia, numeroita ja merkkejä . _ - ja sen on alettava"
                                + " kirjaimella tai numerolla"))
                .body("errors.find { it.field == 'format' }.message", equalTo("on oltava json tai csv"));
        for (String query : List.of("?page=x", "?size=99999999999")) {
            given().auth().oauth2(analyst).get(REPORT + query).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo(query.substring(1, query.indexOf('='))))
                    .body("errors[0].message", equalTo("on oltava kokonaisluku sallitulta väliltä"));
        }
    }

    @Test
    void monthBoundariesAreHelsinkiMidnight() {
        ZonedDateTime firstOfMonth = today().withDayOfMonth(1).atStartOfDay(HELSINKI);
        String e = UUID.randomUUID().toString();
        send(EventIntake.PATHWAY_EVENTS, "enrollment.started", e, enrollment(e),
                firstOfMonth.plusMinutes(30).toInstant());
        awaitFacts(2);
        JsonPath months = report("&period=month&from=" + firstOfMonth.toLocalDate().minusMonths(1));
        assertThat(months.getInt("items[-1].organisation.started")).isEqualTo(1);
        assertThat(months.getInt("items[0].organisation.started")).isZero();
        List<String> starts = months.getList("items.periodStart", String.class);
        assertThat(starts).containsExactly(firstOfMonth.toLocalDate().minusMonths(1).toString(),
                firstOfMonth.toLocalDate().toString());
    }

    @Test
    void anEventWithoutATimeLandsOnTheDayOfTheClock() {
        clock.setHelsinki(java.time.LocalDateTime.of(2026, 5, 10, 12, 0));
        String e = UUID.randomUUID().toString();
        Map<String, Object> cloudEvent = new HashMap<>(Map.of("specversion", "1.0", "id", UUID.randomUUID()
                .toString(), "source", "/test", "type", "fi.digipolku.enrollment.started", "subject", e,
                "datacontenttype", "application/json", "data", enrollment(e)));
        InMemoryEvents.sendRaw(EventIntake.PATHWAY_EVENTS, new io.vertx.core.json.JsonObject(cloudEvent).encode());
        awaitFacts(2);
        JsonPath day = report("&period=day&from=2026-05-10&to=2026-05-10");
        assertThat(day.getInt("items[0].organisation.started")).isEqualTo(1);
    }

    @Test
    void adherenceCountsEachEnrollmentActiveInThePeriodOnceAndIsAShare() {
        LocalDate today = today();
        String stays = UUID.randomUUID().toString();
        String completes = UUID.randomUUID().toString();
        String unknown = UUID.randomUUID().toString();
        Instant earlier = clock.instant().minus(Duration.ofHours(1));
        for (String e : List.of(stays, completes)) {
            send(EventIntake.PATHWAY_EVENTS, "enrollment.started", e, enrollment(e), earlier.minus(Duration.ofDays(2)));
        }
        for (String e : List.of(stays, stays, stays, completes, unknown)) {
            Map<String, Object> measured = enrollment(e);
            measured.put("moduleKey", "weight");
            measured.put("onSchedule", true);
            send(EventIntake.PATHWAY_EVENTS, "measurement.recorded", e, measured, earlier.minus(Duration.ofDays(1)));
        }
        Map<String, Object> ended = enrollment(completes);
        ended.put("startedOn", today.minusDays(2).toString());
        ended.put("endedOn", today.toString());
        send(EventIntake.PATHWAY_EVENTS, "enrollment.completed", completes, ended, earlier);
        awaitFacts(9);

        JsonPath month = report("&period=month&from=" + today.withDayOfMonth(1) + "&to=" + today);
        assertThat(month.getInt("items[-1].organisation.activeClients")).isEqualTo(1);
        assertThat(month.getDouble("items[-1].professional.measurementAdherence")).isEqualTo(1.0);
        gauges.refresh();
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("digipolku_measurement_adherence_ratio{definition=\"" + definition + "\",team=\""
                + team + "\"} 1.0");
        ShareInvariant.prometheus(metrics, "definition=\"" + definition + "\"");
    }

    @Test
    void theEndOfAnEnrollmentNeverSeenStartingMakesNoNegativeCount() {
        String e = UUID.randomUUID().toString();
        Map<String, Object> ended = enrollment(e);
        ended.put("startedOn", today().minusDays(400).toString());
        ended.put("endedOn", today().toString());
        send(EventIntake.PATHWAY_EVENTS, "enrollment.discontinued", e, ended, clock.instant());
        awaitFacts(2);
        JsonPath month = report("&period=month");
        assertThat(month.getInt("items[-1].organisation.activeClients")).isZero();
        assertThat(month.getDouble("items[-1].organisation.dropOutRate")).isEqualTo(1.0);
        gauges.refresh();
        ShareInvariant.prometheus(given().get("/q/metrics").then().statusCode(200).extract().asString(),
                "definition=\"" + definition + "\"");
    }

    @Test
    void answersBeyondTheQuestionnairesDueKeepTheResponseRateAShare() {
        send(EventIntake.PATHWAY_EVENTS, "definition.published", definition.toString(), Map.of("definitionId",
                definition.toString(), "version", 2, "name", "Polku " + definition, "kind", "PROFESSIONAL",
                "careTeam", team, "measurementModules", 0, "questionnaireModules", 1), clock.instant());
        Instant at = clock.instant();
        String answers = UUID.randomUUID().toString();
        String silent = UUID.randomUUID().toString();
        for (String key : List.of("q1", "q2", "q3", "q3")) {
            Map<String, Object> submitted = enrollment(answers);
            submitted.put("moduleKey", key);
            send(EventIntake.PATHWAY_EVENTS, "questionnaire.submitted", answers, submitted, at);
        }
        for (String e : List.of(answers, silent)) {
            send(EventIntake.PATHWAY_EVENTS, "enrollment.started", e, enrollment(e), at.minus(Duration.ofDays(1)));
            Map<String, Object> ended = enrollment(e);
            ended.put("startedOn", today().minusDays(1).toString());
            ended.put("endedOn", today().toString());
            send(EventIntake.PATHWAY_EVENTS, "enrollment.completed", e, ended, at);
        }
        awaitFacts(10);
        await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT latest_version FROM pathway WHERE definition_id = ?1")
                .setParameter(1, definition).getSingleResult()).intValue()) == 2);
        assertThat(report("&period=month").getDouble("items[-1].client.questionnaireResponseRate")).isEqualTo(0.5);
    }

    @Test
    void theReportIsPagedWithATotalAndAHardMaximumPageSize() {
        LocalDate today = today();
        String e = UUID.randomUUID().toString();
        send(EventIntake.PATHWAY_EVENTS, "enrollment.started", e, enrollment(e), clock.instant());
        awaitFacts(2);
        String days = "&period=day&from=" + today.minusDays(29) + "&to=" + today;
        JsonPath first = report(days);
        assertThat(first.getInt("total")).isEqualTo(30);
        assertThat(first.getInt("size")).isEqualTo(20);
        assertThat(first.getList("items")).hasSize(20);
        JsonPath second = report(days + "&page=1&size=7");
        assertThat(second.getList("items")).hasSize(7);
        assertThat(second.getString("items[0].periodStart")).isEqualTo(today.minusDays(22).toString());
        assertThat(report(days + "&page=5&size=7").getList("items")).hasSize(0);
        given().auth().oauth2(analyst).get(REPORT + "?size=101").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        given().auth().oauth2(analyst).get(REPORT + "?page=-1").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aCsvIsCompleteButBounded() {
        LocalDate today = today();
        for (int i = 0; i < 5; i++) {
            String e = UUID.randomUUID().toString();
            Map<String, Object> started = enrollment(e);
            started.put("careTeam", team + "-" + i);
            send(EventIntake.PATHWAY_EVENTS, "enrollment.started", e, started, clock.instant());
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM event_fact WHERE team LIKE ?1").setParameter(1, team + "-%")
                .getSingleResult()).longValue()) == 5);
        String csv = given().auth().oauth2(analyst).get(REPORT + "?format=csv&period=day&from="
                + today.minusDays(99) + "&to=" + today + "&definitionId=" + definition).then().statusCode(200)
                .extract().asString();
        assertThat(ShareInvariant.csv(csv)).hasSize(500);
        given().auth().oauth2(analyst).header("Accept-Language", "sv")
                .get(REPORT + "?format=csv&period=day&from=" + today.minusYears(3).plusDays(1) + "&to=" + today
                        + "&definitionId=" + definition)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("period"))
                .body("errors[0].message", containsString("en CSV-fil rymmer högst 5000"));
    }

    @Test
    void theOpenApiDocumentDescribesThePagedReport() {
        String operation = "paths.'/api/v1/reports/effectiveness'.get";
        JsonPath openapi = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        assertThat(openapi.getString(operation + ".operationId")).isEqualTo("getEffectivenessReport");
        assertThat(openapi.getString(operation + ".responses.'200'.content.'application/json'.schema.'$ref'"))
                .endsWith("EffectivenessPage");
        assertThat(openapi.getMap(operation + ".responses.'400'.content")).containsKey("application/problem+json");
        assertThat(openapi.getList(operation + ".parameters.name")).contains("page", "size");
        assertThat(openapi.getMap("components.schemas.EffectivenessPage.properties")).containsKeys("items", "page",
                "size", "total");
    }
}
