package fi.digipolku.feedback.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import fi.digipolku.feedback.Pathways;
import fi.digipolku.feedback.export.NationalExport;
import fi.digipolku.support.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ReportResourceTest {

    private static final String REPORTS = "/api/v1/feedback/reports";

    private final String analyst = TestTokens.analyst("analyst-1");
    private String team;
    private String nurse;
    private UUID pathway;

    @BeforeEach
    void setUp() {
        team = "team-" + UUID.randomUUID();
        nurse = TestTokens.professional("nurse-" + team, team);
        pathway = Pathways.published(team, "AT_END");
    }

    /** A client completes the pathway and answers; returns nothing that links the two. */
    private void answered(UUID definition, int nps, String open) {
        String client = "client-" + UUID.randomUUID();
        String token = TestTokens.client(client);
        UUID enrollment = Pathways.started(client, definition, team, "AT_END", LocalDate.now().minusDays(30));
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

    private JsonPath report(String token, String query) {
        return given().auth().oauth2(token).get(REPORTS + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyReportIsSuppressedAtNineAnswersAndShownAtTenAndEleven() {
        String query = "?definitionId=" + pathway;
        String open = "Odotin jonossa pitkään, mutta hoitaja oli ystävällinen.";
        for (int i = 0; i < 9; i++) {
            answered(pathway, i < 5 ? 10 : 3, open);
        }
        JsonPath nine = report(analyst, query);
        assertThat(nine.getBoolean("[0].summary.suppressed")).isTrue();
        assertThat((Object) nine.get("[0].summary.answers")).isNull();
        assertThat((Object) nine.get("[0].summary.nps")).isNull();
        given().auth().oauth2(analyst).get(REPORTS + "/open-answers" + query).then()
                .body("suppressed", equalTo(true)).body("words", nullValue()).body("answers", nullValue());
        given().auth().oauth2(TestTokens.client("c")).get("/api/v1/feedback/summary/" + pathway).then()
                .statusCode(200).body("suppressed", equalTo(true)).body("nps", nullValue());

        answered(pathway, 9, open);
        JsonPath ten = report(analyst, query);
        assertThat(ten.getBoolean("[0].summary.suppressed")).isFalse();
        assertThat(ten.getInt("[0].summary.answers")).isEqualTo(10);
        assertThat(ten.getDouble("[0].summary.nps")).isEqualTo(20.0);
        assertThat(ten.getDouble("[0].summary.responseRate")).isEqualTo(1.0);
        assertThat(ten.getString("[0].team")).isEqualTo(team);
        given().auth().oauth2(analyst).get(REPORTS + "/open-answers" + query).then()
                .body("suppressed", equalTo(false)).body("answers", equalTo(10))
                .body("words.word", hasItem("hoitaja"))
                .body("themes.find { it.theme == 'waiting' }.count", equalTo(10));
        given().auth().oauth2(TestTokens.client("c")).get("/api/v1/feedback/summary/" + pathway).then()
                .body("suppressed", equalTo(false)).body("answers", equalTo(10)).body("nps", equalTo(20.0f))
                .body("statementMeans.safety", equalTo(4.0f));

        answered(pathway, 0, open);
        JsonPath eleven = report(analyst, query);
        assertThat(eleven.getInt("[0].summary.answers")).isEqualTo(11);
        assertThat(eleven.getList("[0].summary.distribution", Integer.class).get(0)).isEqualTo(1);
        given().auth().oauth2(TestTokens.client("c")).get("/api/v1/feedback/summary/" + pathway).then()
                .body("answers", equalTo(11));
        given().auth().oauth2(analyst).get(REPORTS + "/open-answers" + query).then().body("answers", equalTo(11));
    }

    @Test
    void professionalsSeeTheirOwnTeamsOnly() {
        answered(pathway, 8, null);
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
        String month = YearMonth.now().toString();
        given().auth().oauth2(analyst).get(REPORTS + "?period=month&definitionId=" + pathway).then()
                .statusCode(200).body("[0].period", equalTo(month));
        given().auth().oauth2(analyst).get(REPORTS + "?groupBy=clinic").then().statusCode(400)
                .body("errors[0].field", equalTo("groupBy"));
        given().auth().oauth2(analyst).get(REPORTS + "?from=22.11.2026").then().statusCode(400);
        given().auth().oauth2(analyst).get(REPORTS + "?from=2026-11-22&to=2026-11-01").then().statusCode(400);
        given().auth().oauth2(analyst).get(REPORTS + "?definitionId=nope").then().statusCode(400);
        given().auth().oauth2(analyst).get("/api/v1/feedback/anonymiser-log").then().statusCode(200)
                .body("texts", org.hamcrest.Matchers.greaterThanOrEqualTo(0));
    }

    @Test
    void theMonthlyExportParsesBackAndLeavesOutRowsWithoutCostCentre() throws Exception {
        UUID incomplete = Pathways.published(team, "AT_END", "Kuopion terveysasema", null);
        answered(pathway, 10, "Kiitos; \"hyvä\" palvelu\nja nopea vastaus");
        answered(incomplete, 7, null);
        String month = YearMonth.now().toString();

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
                .body("pathwaysToFix.find { it.definitionId == '" + incomplete + "' }.missingFields",
                        hasItem("cost_centre"));
        given().auth().oauth2(nurse).get("/api/v1/feedback/export?month=" + month).then().statusCode(403);
        given().auth().oauth2(analyst).get("/api/v1/feedback/export").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(analyst).get("/api/v1/feedback/export?month=2026-13").then().statusCode(400);
    }
}
