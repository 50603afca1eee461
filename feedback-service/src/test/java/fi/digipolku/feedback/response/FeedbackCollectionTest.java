package fi.digipolku.feedback.response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import fi.digipolku.feedback.Pathways;
import fi.digipolku.feedback.Pool;
import fi.digipolku.feedback.request.RequestService;
import fi.digipolku.support.testing.TestClock;
import fi.digipolku.support.testing.TestTokens;
import fi.digipolku.support.testing.events.OutboxEvents;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class FeedbackCollectionTest {

    private static final String REQUESTS = "/api/v1/feedback/requests";

    private final OutboxEvents events = new OutboxEvents();

    @Inject
    EntityManager em;

    @Inject
    RequestService requests;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String team;
    private String client;
    private String clientToken;
    private UUID pathway;

    @BeforeEach
    void setUp() {
        team = "team-" + UUID.randomUUID();
        client = "client-" + UUID.randomUUID();
        clientToken = TestTokens.builder(client, Set.of("client"), Set.of()).claim("acr", "substantial")
                .claim("hetu", "131052-308T").sign();
        pathway = Pathways.published(team, "AT_END");
        events.clear();
    }

    /** Completes an enrollment of the client and returns the feedback request it led to. */
    private String completeAndAwaitRequest() {
        UUID enrollment = Pathways.started(client, pathway, team, "AT_END", Pathways.today().minusDays(40));
        Pathways.ended("enrollment.completed", enrollment, client, pathway, team, "AT_END");
        await().atMost(Duration.ofSeconds(10)).until(() -> !pending(clientToken).isEmpty());
        return pending(clientToken).get(0);
    }

    private static List<String> pending(String token) {
        return given().auth().oauth2(token).get(REQUESTS).then().statusCode(200).extract().jsonPath()
                .getList("id", String.class);
    }

    private ValidatableResponse answer(String token, String request, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post(REQUESTS + "/" + request + "/response").then();
    }

    @Test
    void aCompletedPathwayAsksForFeedbackAndTheAnswerIsStoredAnonymouslyOnce() {
        String request = completeAndAwaitRequest();
        given().auth().oauth2(clientToken).get(REQUESTS).then().body("[0].occasion", equalTo("end"))
                .body("[0].surveyKey", equalTo("national"))
                .body("[0].pathwayName", equalTo("Painonhallinta " + pathway));
        JsonNode requested = events.ofType("feedback.requested").get(0);
        assertThat(requested.at("/data/clientId").asText()).isEqualTo(client);
        assertThat(requested.at("/data/careTeam").asText()).isEqualTo(team);

        answer(clientToken, request, Map.of("nps", 9, "ces", 6, "statements", Map.of("availability", 4, "safety", 5),
                "openAnswer", "Hoitaja Mäkinen soitti minulle numerosta 040 123 4567, kiitos!")).statusCode(204);
        answer(clientToken, request, Map.of("nps", 3)).statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(clientToken).get(REQUESTS).then().body("$", hasSize(0));
        assertThat(events.ofType("feedback.submitted")).isEmpty();

        Pool.releaseAll();
        List<Object[]> stored = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT r.id, r.open_answer, r.client_segment, r.cost_centre, r.nps, l.removed::text
                FROM feedback_response r JOIN anonymiser_log l ON l.response_id = r.id
                WHERE r.definition_id = ?1""", Object[].class).setParameter(1, pathway).getResultList());
        assertThat(stored).hasSize(1);
        Object[] row = stored.get(0);
        assertThat(row[0].toString()).isNotEqualTo(request);
        assertThat((String) row[1]).doesNotContain("Mäkinen").doesNotContain("040").contains("kiitos");
        assertThat(row[2]).isEqualTo("65-74");
        assertThat(row[3]).isEqualTo("4100123");
        assertThat(row[4]).isEqualTo(9);
        assertThat((String) row[5]).contains("\"NAME\": 1").contains("\"PHONE\": 1");

        // releasing the pool releases other tests' answers too: this pathway's is the one
        List<JsonNode> ofThisPathway = events.ofType("feedback.submitted").stream()
                .filter(e -> e.at("/data/definitionId").asText().equals(pathway.toString())).toList();
        assertThat(ofThisPathway).hasSize(1);
        JsonNode submitted = ofThisPathway.get(0);
        assertThat(submitted.at("/data/nps").asInt()).isEqualTo(9);
        assertThat(submitted.at("/data/ces").asInt()).isEqualTo(6);
        assertThat(submitted.at("/data/careTeam").asText()).isEqualTo(team);
        assertThat(submitted.toString()).doesNotContain(client).doesNotContain(request).doesNotContain("kiitos");
    }

    @Test
    void answersOutsideTheSurveyAreRefusedWithEveryError() {
        String request = completeAndAwaitRequest();
        answer(clientToken, request, Map.of("nps", 11, "ces", 0, "statements", Map.of("availability", 6,
                "weather", 3))).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("nps")).body("errors.field", hasItem("ces"))
                .body("errors.field", hasItem("statements.availability"))
                .body("errors.field", hasItem("statements.weather"));
        answer(clientToken, request, Map.of("ces", 5)).statusCode(400).body("errors[0].field", equalTo("nps"));
        answer(clientToken, request, Map.of("nps", 8, "openAnswer", "x".repeat(2001))).statusCode(400)
                .body("errors[0].field", equalTo("openAnswer"));
        answer(clientToken, request, Map.of("nps", "many")).statusCode(400);
        given().auth().oauth2(clientToken).contentType(ContentType.JSON).body("{")
                .post(REQUESTS + "/" + request + "/response").then().statusCode(400);
        answer(clientToken, request, Map.of("nps", 8)).statusCode(204);
    }

    @Test
    void onlyTheRequestsClientMayAnswer() {
        String request = completeAndAwaitRequest();
        answer(TestTokens.client("someone-else"), request, Map.of("nps", 0)).statusCode(404);
        answer(TestTokens.professional("nurse", team), request, Map.of("nps", 10)).statusCode(403);
        answer(TestTokens.analyst("analyst"), request, Map.of("nps", 10)).statusCode(403);
        given().auth().oauth2(TestTokens.professional("nurse", team)).get(REQUESTS).then().statusCode(403);
        given().get(REQUESTS).then().statusCode(401);
        assertThat(pending(TestTokens.client("someone-else"))).doesNotContain(request);
        answer(clientToken, UUID.randomUUID().toString(), Map.of("nps", 10)).statusCode(404);
    }

    @Test
    void aProblemSpeaksTheCallersLanguage() {
        String missing = UUID.randomUUID().toString();
        given().auth().oauth2(clientToken).header("Accept-Language", "sv").contentType(ContentType.JSON)
                .body(Map.of("nps", 10)).post(REQUESTS + "/" + missing + "/response").then().statusCode(404)
                .header("Content-Language", "sv").body("title", equalTo("Resursen finns inte"))
                .body("detail", equalTo("Du har ingen responsförfrågan " + missing + "."));
        answer(clientToken, missing, Map.of("nps", 10)).statusCode(404).header("Content-Language", "fi")
                .body("title", equalTo("Resurssia ei ole"))
                .body("detail", equalTo("Sinulla ei ole palautepyyntöä " + missing + "."));
        given().auth().oauth2(clientToken).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("nps", 10)).post(REQUESTS + "/" + missing + "/response").then().statusCode(404)
                .header("Content-Language", "en").body("title", equalTo("The resource does not exist"))
                .body("detail", equalTo("No feedback request " + missing + " of yours."));

        String request = completeAndAwaitRequest();
        given().auth().oauth2(clientToken).header("Accept-Language", "sv-FI,sv;q=0.9").contentType(ContentType.JSON)
                .body(Map.of("nps", 11)).post(REQUESTS + "/" + request + "/response").then().statusCode(400)
                .header("Content-Language", "sv").body("detail", equalTo("Svaren passar inte enkäten."))
                .body("errors[0].field", equalTo("nps"))
                .body("errors[0].message", equalTo("måste vara mellan 0 och 10"));
        answer(clientToken, request, Map.of("nps", 8)).statusCode(204);
        given().auth().oauth2(clientToken).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("nps", 8)).post(REQUESTS + "/" + request + "/response").then().statusCode(409)
                .header("Content-Language", "en")
                .body("title", equalTo("The request conflicts with the current state"))
                .body("detail", equalTo("This request has already been answered; thank you."));
        answer(clientToken, request, Map.of("nps", 8)).statusCode(409).body("detail",
                equalTo("Tähän palautepyyntöön on jo vastattu; kiitos vastauksestasi."));
    }

    @Test
    void anExpiredRequestCanNoLongerBeAnswered() {
        String request = completeAndAwaitRequest();
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("UPDATE feedback_request SET expires_at = ?1 WHERE id = ?2")
                .setParameter(1, clock.instant().minusSeconds(1)).setParameter(2, UUID.fromString(request))
                .executeUpdate());
        assertThat(pending(clientToken)).isEmpty();
        answer(clientToken, request, Map.of("nps", 7)).statusCode(409);
        assertThat(requests.expireDue()).isPositive();
        answer(clientToken, request, Map.of("nps", 7)).statusCode(409);
    }

    @Test
    void discontinuedEnrollmentsAndOtherTimingsAskNothingAtTheEnd() {
        UUID enrollment = Pathways.started(client, pathway, team, "AT_END", Pathways.today().minusDays(10));
        Pathways.ended("enrollment.discontinued", enrollment, client, pathway, team, "AT_END");
        UUID yearly = Pathways.published(team, "YEARLY");
        UUID other = Pathways.started(client, yearly, team, "YEARLY", Pathways.today().minusDays(10));
        Pathways.ended("enrollment.completed", other, client, yearly, team, "YEARLY");
        assertThat(pending(clientToken)).isEmpty();
        assertThat(events.ofType("feedback.requested")).isEmpty();
    }

    @Test
    void yearlyPathwaysAskOnEachAnniversaryOnce() {
        UUID yearly = Pathways.published(team, "YEARLY");
        LocalDate today = Pathways.today();
        Pathways.started(client, yearly, team, "YEARLY", today.minusYears(2));
        Pathways.started("client-" + UUID.randomUUID(), yearly, team, "YEARLY", today.minusMonths(11));

        requests.askYearly(today);
        requests.askYearly(today);

        given().auth().oauth2(clientToken).get(REQUESTS).then().body("$", hasSize(1))
                .body("[0].occasion", equalTo("year-2"));
        assertThat(events.ofType("feedback.requested").stream()
                .filter(e -> e.at("/data/definitionId").asText().equals(yearly.toString()))).hasSize(1);
    }

    @Test
    void aRedeliveredCompletionAsksOnlyOnce() {
        UUID enrollment = Pathways.started(client, pathway, team, "AT_END", Pathways.today().minusDays(40));
        Pathways.ended("enrollment.completed", enrollment, client, pathway, team, "AT_END");
        Pathways.ended("enrollment.completed", enrollment, client, pathway, team, "AT_END");
        await().atMost(Duration.ofSeconds(10)).until(() -> !pending(clientToken).isEmpty());
        Pathways.published(team, "AT_END");
        assertThat(pending(clientToken)).hasSize(1);
    }
}
