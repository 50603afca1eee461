package fi.digipolku.feedback.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import fi.digipolku.feedback.Pathways;
import fi.digipolku.feedback.Pool;
import fi.digipolku.feedback.export.NationalExport;
import fi.digipolku.support.testing.TestClock;
import fi.digipolku.support.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ReportResourceTest {

    private static final String REPORTS = "/api/v1/feedback/reports";

    private final String analyst = TestTokens.analyst("analyst-1");

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;
    private String team;
    private String nurse;
    private UUID pathway;

    @BeforeEach
    void setUp() {
        team = "team-" + UUID.randomUUID();
        nurse = TestTokens.professional("nurse-" + team, team);
        pathway = Pathways.published(team, "AT_END");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A client completes the pathway and answers; returns nothing that links the two. */
    private void answered(UUID definition, int nps, String open) {
        String client = "client-" + UUID.randomUUID();
        String token = TestTokens.client(client);
        UUID enrollment = Pathways.started(client, definition, team, "AT_END", Pathways.today().minusDays(30));
        Pathways.ended("enrollment.completed", enrollment, client, definition, team, "AT_END");
        await().atMost(Duration.ofSeconds(10)).until(() -> !given().auth().oauth2(token)
                .get("/api/v1/feedback/requests").then().extract().jsonPath().getList("id").isEmpty());
        String request = given().auth().oauth2(token).get("/api/v1/feedback/requests").then().extract()
                .path("[0].id");
        Map<String, Object> body = new HashMap<>(Map.of("nps", nps, "ces", 6, "statements", Map.of("safety", 4)));
        body.put("openAnswer", open);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/feedback/requests/" + request + "/response").then().statusCode(204);
    }

    /** Stores the pooled answers and moves the clock into the next month, so their month has ended; returns it. */
    private String storedAndMonthEnded() {
        Pool.releaseAll();
        LocalDate stored = Pathways.today();
        clock.setHelsinki(stored.plusMonths(1).withDayOfMonth(2).atTime(10, 0));
        return YearMonth.from(stored).toString();
    }

    private JsonPath report(String token, String query) {
        return given().auth().oauth2(token).get(REPORTS + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyReportIsSuppressedAtNineAnswersAndShownAtTenAndEleven() {
        UUID ten = Pathways.published(team, "AT_END");
        UUID eleven = Pathways.published(team, "AT_END");
        String open = "Odotin jonossa pitkään, mutta hoitaja oli ystävällinen.";
        for (int i = 0; i < 9; i++) {
            answered(pathway, i < 5 ? 10 : 3, open);
        }
        for (int i = 0; i < 10; i++) {
            answered(ten, 10, open);
        }
        for (int i = 0; i < 11; i++) {
            answered(eleven, i == 10 ? 0 : 8, open);
        }
        String month = storedAndMonthEnded();

        JsonPath nine = report(analyst, "?definitionId=" + pathway);
        assertThat(nine.getString("[0].period")).isEqualTo(month);
        assertThat(nine.getBoolean("[0].summary.suppressed")).isTrue();
        assertThat((Object) nine.get("[0].summary.answers")).isNull();
        assertThat((Object) nine.get("[0].summary.nps")).isNull();
        given().auth().oauth2(analyst).get(REPORTS + "/open-answers?definitionId=" + pathway + "&period=" + month)
                .then().statusCode(200).body("suppressed", equalTo(true)).body("words", nullValue())
                .body("answers", nullValue());

        JsonPath shown = report(analyst, "?definitionId=" + ten);
        assertThat(shown.getBoolean("[0].summary.suppressed")).isFalse();
        assertThat(shown.getInt("[0].summary.answers")).isEqualTo(10);
        assertThat(shown.getDouble("[0].summary.nps")).isEqualTo(100.0);
        assertThat(shown.getInt("[0].summary.promoters")).isEqualTo(10);
        assertThat(shown.getDouble("[0].summary.cesMean")).isEqualTo(6.0);
        assertThat(shown.getDouble("[0].summary.responseRate")).isEqualTo(1.0);
        assertThat(shown.getString("[0].team")).isEqualTo(team);
        given().auth().oauth2(analyst).get(REPORTS + "/open-answers?definitionId=" + ten + "&period=" + month).then()
                .statusCode(200).body("suppressed", equalTo(false)).body("answers", equalTo(10))
                .body("words.word", hasItem("pitkään")).body("words.word", not(hasItem("hoitaja")))
                .body("themes.find { it.theme == 'waiting' }.count", equalTo(10))
                .body("themes.find { it.theme == 'waiting' }.labels.fi", equalTo("Odottaminen ja jonot"))
                .body("themes.find { it.theme == 'waiting' }.labels.sv", equalTo("Väntan och köer"))
                .body("themes.find { it.theme == 'waiting' }.labels.en", equalTo("Waiting and queues"));

        JsonPath more = report(analyst, "?definitionId=" + eleven);
        assertThat(more.getInt("[0].summary.answers")).isEqualTo(11);
        // Ten eights and one zero: neither the one detractor nor the score, which would tell it (−9.1 over eleven).
        assertThat((Object) more.get("[0].summary.nps")).isNull();
        assertThat((Object) more.get("[0].summary.detractors")).isNull();
        assertThat((Object) more.get("[0].summary.passives")).isNull();
        assertThat((Object) more.get("[0].summary.distribution")).isNull();

        // The team (30) next to its two shown pathways (21) would give away the nine: it is withheld.
        JsonPath byTeam = report(analyst, "?groupBy=team&team=" + team);
        assertThat(byTeam.getBoolean("[0].summary.suppressed")).isTrue();

        clock.setHelsinki(LocalDate.parse(month + "-01").plusYears(1).withDayOfYear(2).atTime(10, 0));
        String client = TestTokens.client("c");
        given().auth().oauth2(client).get("/api/v1/feedback/summary/" + pathway).then().statusCode(200)
                .body("suppressed", equalTo(true)).body("nps", nullValue());
        given().auth().oauth2(client).get("/api/v1/feedback/summary/" + ten).then()
                .body("period", equalTo(month.substring(0, 4))).body("suppressed", equalTo(false))
                .body("answers", equalTo(10)).body("nps", equalTo(100.0f)).body("statementMeans.safety", equalTo(4.0f));
        given().auth().oauth2(client).get("/api/v1/feedback/summary/" + eleven).then().body("answers", equalTo(11));
    }

    @Test
    void aTeamOf152NextToItsPathwayOf141ShowsNoDifferenceUnderTen() {
        UUID large = Pathways.published(team, "AT_END");
        UUID small = Pathways.published(team, "AT_END");
        UUID other = Pathways.published(team, "AT_END");
        String single = "team-" + UUID.randomUUID();
        UUID singleLarge = Pathways.published(single, "AT_END");
        UUID singleSmall = Pathways.published(single, "AT_END");
        LocalDate day = Pathways.today();
        stored(team, large, day, 141);
        stored(team, small, day, 5);
        stored(team, other, day, 6);
        stored(single, singleLarge, day, 141);
        stored(single, singleSmall, day, 9);
        clock.setHelsinki(day.plusMonths(1).withDayOfMonth(2).atTime(10, 0));

        // 152 − 141 = 11 answers of two withheld pathways: a group of at least ten, so both totals are shown.
        assertThat(report(analyst, "?groupBy=team&team=" + team).getInt("[0].summary.answers")).isEqualTo(152);
        JsonPath pathways = report(analyst, "?groupBy=pathway&team=" + team);
        assertThat(shown(pathways)).containsExactly(141);

        // 150 − 141 would be the nine answers of the one small pathway, answer by answer: the team is withheld.
        JsonPath singleTeam = report(analyst, "?groupBy=team&team=" + single);
        assertThat(singleTeam.getBoolean("[0].summary.suppressed")).isTrue();
        assertThat((Object) singleTeam.get("[0].summary.distribution")).isNull();
        assertThat(shown(report(analyst, "?groupBy=pathway&team=" + single))).containsExactly(141);
        for (String length : List.of("quarter", "year")) {
            assertThat(shown(report(analyst, "?groupBy=team&period=" + length + "&team=" + single))).isEmpty();
        }
        given().auth().oauth2(analyst).get(REPORTS + "/open-answers?team=" + single + "&period="
                + YearMonth.from(day)).then().statusCode(200).body("suppressed", equalTo(true));
    }

    /** The answer counts of the shown groups. */
    private static List<Integer> shown(JsonPath report) {
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < report.getList("$").size(); i++) {
            if (!report.getBoolean("[" + i + "].summary.suppressed")) {
                counts.add(report.getInt("[" + i + "].summary.answers"));
            }
        }
        return counts;
    }

    /** Stored responses, as the pool would have released them on the given day. */
    private void stored(String team, UUID definition, LocalDate day, int answers) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < answers; i++) {
                em.createNativeQuery(
                        """
                                INSERT INTO feedback_response (id, survey_key, survey_version, definition_id, definition_version,
                                    care_team, client_segment, answered_on, nps, statements)
                                VALUES (?1, 'national', 1, ?2, 1, ?3, '45-64', ?4, ?5, '{}')""")
                        .setParameter(1, UUID.randomUUID()).setParameter(2, definition).setParameter(3, team)
                        .setParameter(4, day).setParameter(5, i % 11).executeUpdate();
            }
        });
    }

    @Test
    void aQuarterOrYearStillRunningIsNotShownAndTextsSplitTheirGroup() {
        UUID twelve = Pathways.published(team, "AT_END");
        for (int i = 0; i < 12; i++) {
            answered(twelve, 9, i < 10 ? "Hoitaja vastasi nopeasti ja ystävällisesti." : null);
        }
        String month = storedAndMonthEnded();
        YearMonth stored = YearMonth.parse(month);
        LocalDate today = Pathways.today();

        JsonPath years = report(analyst, "?definitionId=" + twelve + "&period=year");
        assertThat(years.getList("period")).as("the year %s has not ended on %s", stored.getYear(), today)
                .doesNotContain(String.valueOf(stored.getYear()));
        String quarter = stored.getYear() + "-Q" + ((stored.getMonthValue() - 1) / 3 + 1);
        boolean quarterEnded = stored.getMonthValue() % 3 == 0;
        JsonPath quarters = report(analyst, "?definitionId=" + twelve + "&period=quarter");
        assertThat(quarters.getList("period").contains(quarter)).as("%s shown on %s", quarter, today)
                .isEqualTo(quarterEnded);
        given().auth().oauth2(analyst).get(REPORTS + "/open-answers?definitionId=" + twelve + "&period="
                + stored.getYear()).then().statusCode(400).contentType("application/problem+json");

        // 12 answers, 10 with a text: showing the texts would show that 2 answered without one.
        assertThat(report(analyst, "?definitionId=" + twelve).getBoolean("[0].summary.suppressed")).isFalse();
        given().auth().oauth2(analyst).get(REPORTS + "/open-answers?definitionId=" + twelve + "&period=" + month)
                .then().statusCode(200).body("suppressed", equalTo(true)).body("answers", nullValue());
    }

    @Test
    void professionalsSeeTheirOwnTeamsOnly() {
        answered(pathway, 8, null);
        storedAndMonthEnded();
        given().auth().oauth2(nurse).get(REPORTS + "?groupBy=team").then().statusCode(200)
                .body("team", hasItem(team));
        String stranger = TestTokens.professional("other", "osteoporosis-team");
        given().auth().oauth2(stranger).get(REPORTS + "?team=" + team).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(stranger).get(REPORTS + "?definitionId=" + pathway).then().statusCode(200)
                .body("$", hasSize(0));
        given().auth().oauth2(stranger).get(REPORTS + "/open-answers?team=" + team).then().statusCode(403);
        given().auth().oauth2(TestTokens.client("c")).get(REPORTS).then().statusCode(403);
        given().auth().oauth2(TestTokens.integrator("i")).get(REPORTS).then().statusCode(403);
        given().auth().oauth2(TestTokens.client("c")).get("/api/v1/feedback/anonymiser-log").then().statusCode(403);
        given().get(REPORTS).then().statusCode(401);
    }

    @Test
    void periodsAndBadFiltersAreHandled() {
        answered(pathway, 8, null);
        String month = storedAndMonthEnded();
        given().auth().oauth2(analyst).get(REPORTS + "?period=month&definitionId=" + pathway).then()
                .statusCode(200).body("[0].period", equalTo(month));
        given().auth().oauth2(analyst).get(REPORTS + "?period=quarter&definitionId=" + pathway).then()
                .statusCode(200).body("[0].period", equalTo(month.substring(0, 4) + "-Q2"));
        given().auth().oauth2(analyst).get(REPORTS + "?period=all").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("period"));
        given().auth().oauth2(analyst).get(REPORTS + "/open-answers?team=" + team + "&period=" + YearMonth.from(
                Pathways.today())).then().statusCode(400).body("errors[0].field", equalTo("period"));
        given().auth().oauth2(analyst).get(REPORTS + "/open-answers?team=" + team + "&period=2026-13").then()
                .statusCode(400);
        given().auth().oauth2(analyst).get(REPORTS + "/open-answers").then().statusCode(400);
        given().auth().oauth2(analyst).get(REPORTS + "?groupBy=clinic").then().statusCode(400)
                .body("errors[0].field", equalTo("groupBy"));
        given().auth().oauth2(analyst).get(REPORTS + "?from=22.11.2026").then().statusCode(400);
        given().auth().oauth2(analyst).get(REPORTS + "?from=2026-11-22&to=2026-11-01").then().statusCode(400);
        given().auth().oauth2(analyst).get(REPORTS + "?definitionId=nope").then().statusCode(400);
        given().auth().oauth2(analyst).get("/api/v1/feedback/anonymiser-log").then().statusCode(200)
                .body("month", equalTo(month));
        given().auth().oauth2(analyst).get("/api/v1/feedback/anonymiser-log?month=" + YearMonth.from(
                Pathways.today())).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theMonthlyExportParsesBackAndLeavesOutRowsWithoutCostCentre() throws Exception {
        UUID incomplete = Pathways.published(team, "AT_END", "Kuopion terveysasema", null);
        answered(pathway, 10, "Kiitos; \"hyvä\" palvelu\nja nopea vastaus");
        answered(incomplete, 7, null);
        String month = storedAndMonthEnded();

        var response = given().auth().oauth2(TestTokens.integrator("national-delivery")).get(
                "/api/v1/feedback/export?month=" + month).then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(month)).extract();
        assertThat(Integer.parseInt(response.header("X-Rows-Rejected"))).isPositive();
        String csv = new String(response.asByteArray(), StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader()
                .setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
        assertThat(csv.substring(0, csv.indexOf('\r'))).isEqualTo(String.join(";", NationalExport.COLUMNS));
        List<CSVRecord> ours = records.stream().filter(r -> r.get("pathway_id").equals(pathway.toString()))
                .toList();
        assertThat(ours).hasSize(1);
        assertThat(ours.get(0).get("nps")).isEqualTo("10");
        assertThat(ours.get(0).get("cost_centre")).isEqualTo("4100123");
        assertThat(ours.get(0).get("open_answer")).isEqualTo("Kiitos; \"hyvä\" palvelu\nja nopea vastaus");
        assertThat(records).noneMatch(r -> r.get("pathway_id").equals(incomplete.toString()));

        given().auth().oauth2(analyst).get("/api/v1/feedback/export/validation?month=" + month).then()
                .statusCode(200).body("pathwaysToFix.definitionId", hasItem(incomplete.toString()))
                .body("rejected", nullValue()).body("rejections", nullValue())
                .body("pathwaysToFix[0].rejectedRows", nullValue())
                .body("pathwaysToFix.find { it.definitionId == '" + incomplete + "' }.missingFields",
                        hasItem("cost_centre"));
        given().auth().oauth2(nurse).get("/api/v1/feedback/export?month=" + month).then().statusCode(403);
        given().auth().oauth2(analyst).get("/api/v1/feedback/export?month=" + month).then().statusCode(403);
        String integrator = TestTokens.integrator("national-delivery");
        given().auth().oauth2(integrator).get("/api/v1/feedback/export").then().statusCode(400)
                .contentType("application/problem+json");
        for (String bad : List.of("2026-13", "+999999999-12", "-999999999-01", "0000-01", "12026-01", "2026-1",
                YearMonth.from(Pathways.today()).toString(),
                YearMonth.from(Pathways.today()).plusYears(3).toString())) {
            given().auth().oauth2(integrator).get("/api/v1/feedback/export?month=" + bad).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("month"));
            given().auth().oauth2(integrator).get("/api/v1/feedback/export/validation?month=" + bad).then()
                    .statusCode(400).contentType("application/problem+json");
            given().auth().oauth2(analyst).get("/api/v1/feedback/anonymiser-log?month=" + bad).then()
                    .statusCode(400).contentType("application/problem+json");
        }
        for (String control : List.of("%092026-04", "2026-04%0D%0A", "%0A2026", "2026-Q2%00")) {
            given().auth().oauth2(analyst).urlEncodingEnabled(false)
                    .get(REPORTS + "/open-answers?team=" + team + "&period=" + control).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("period"));
            given().auth().oauth2(analyst).urlEncodingEnabled(false)
                    .get("/api/v1/feedback/anonymiser-log?month=" + control).then().statusCode(400);
        }
    }
}
