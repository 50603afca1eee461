package fi.digipolku.feedback.response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import fi.digipolku.feedback.Pathways;
import fi.digipolku.feedback.Pool;
import fi.digipolku.support.testing.TestClock;
import fi.digipolku.support.testing.TestTokens;

/**
 * An auditor with database access tries to pair stored responses with the requests (and so the clients) they answer:
 * by transaction id, position on disk, the outbox, and every date and time the rows keep.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class UnlinkabilityTest {

    private static final int CLIENTS = 12;

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void noColumnOfTheDatabaseLinksAResponseToItsRequest() {
        String team = "team-" + UUID.randomUUID();
        UUID pathway = Pathways.published(team, "AT_END");
        List<String> tokens = new ArrayList<>();
        List<String> requests = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clock.set(TestClock.DEFAULT_START.plus(Duration.ofDays(i)));
            String client = "client-" + UUID.randomUUID();
            String token = TestTokens.client(client);
            UUID enrollment = Pathways.started(client, pathway, team, "AT_END", Pathways.today().minusDays(30));
            Pathways.ended("enrollment.completed", enrollment, client, pathway, team, "AT_END");
            await().atMost(Duration.ofSeconds(10)).until(() -> !pending(token).isEmpty());
            tokens.add(token);
            requests.add(pending(token).get(0));
        }
        for (int i = 0; i < CLIENTS; i++) {
            clock.advance(Duration.ofHours(5));
            given().auth().oauth2(tokens.get(i)).contentType(ContentType.JSON)
                    .body(Map.of("nps", i % 11, "ces", 1 + i % 7, "openAnswer", "Palvelu toimi hyvin."))
                    .post("/api/v1/feedback/requests/" + requests.get(i) + "/response").then().statusCode(204);
        }
        assertThat(count("SELECT count(*) FROM feedback_response WHERE definition_id = ?1", pathway)).isZero();

        assertThat(Pool.release()).isGreaterThanOrEqualTo(CLIENTS);

        assertThat(count("SELECT count(*) FROM response_pool WHERE definition_id = ?1", pathway)).isZero();
        assertThat(count("SELECT count(*) FROM feedback_response WHERE definition_id = ?1", pathway))
                .isEqualTo(CLIENTS);

        // Transaction ids: the responses were written by one release transaction, no request's.
        Set<String> requestXmins = strings("SELECT xmin::text FROM feedback_request WHERE definition_id = ?1", pathway);
        Set<String> responseXmins = strings("SELECT xmin::text FROM feedback_response WHERE definition_id = ?1",
                pathway);
        Set<String> logXmins = strings("""
                SELECT l.xmin::text FROM anonymiser_log l JOIN feedback_response r ON r.id = l.response_id
                WHERE r.definition_id = ?1""", pathway);
        Set<String> eventXmins = strings("""
                SELECT xmin::text FROM outbox_event WHERE event_type = 'fi.digipolku.feedback.submitted'
                AND payload LIKE ?1""", "%" + pathway + "%");
        assertThat(responseXmins).hasSize(1);
        assertThat(eventXmins).hasSize(1);
        assertThat(requestXmins).hasSize(CLIENTS).doesNotContainAnyElementsOf(responseXmins)
                .doesNotContainAnyElementsOf(logXmins).doesNotContainAnyElementsOf(eventXmins);

        // Position on disk: the responses do not lie in the order the clients answered.
        List<String> answerOrder = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            answerOrder.add(i % 11 + "/" + (1 + i % 7));
        }
        List<String> diskOrder = list("""
                SELECT nps || '/' || ces FROM feedback_response WHERE definition_id = ?1 ORDER BY ctid""", pathway);
        assertThat(diskOrder).containsExactlyInAnyOrderElementsOf(answerOrder).isNotEqualTo(answerOrder);

        // Dates and times: the request keeps no answered time and the response no request day; the responses all
        // carry the day they were stored.
        assertThat(strings("""
                SELECT column_name::text FROM information_schema.columns WHERE table_name = 'feedback_request'
                AND data_type IN ('date', 'timestamp with time zone', 'timestamp without time zone')
                AND column_name NOT IN ('requested_at', 'expires_at') AND ?1 = ?1""", "x")).isEmpty();
        assertThat(count("""
                SELECT count(*) FROM feedback_response WHERE definition_id = ?1 AND requested_on IS NOT NULL""",
                pathway)).isZero();
        assertThat(strings("SELECT answered_on::text FROM feedback_response WHERE definition_id = ?1", pathway))
                .containsExactly(Pathways.today().toString());
        assertThat(count("""
                SELECT count(*) FROM feedback_request q JOIN feedback_response r
                  ON r.definition_id = q.definition_id
                 AND (r.requested_on = (q.requested_at AT TIME ZONE 'Europe/Helsinki')::date
                      OR r.answered_on = (q.requested_at AT TIME ZONE 'Europe/Helsinki')::date
                      OR r.answered_on = (q.expires_at AT TIME ZONE 'Europe/Helsinki')::date)
                WHERE q.definition_id = ?1""", pathway)).isZero();
    }

    private static List<String> pending(String token) {
        return given().auth().oauth2(token).get("/api/v1/feedback/requests").then().statusCode(200).extract()
                .jsonPath().getList("id", String.class);
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    private List<String> list(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> (List<String>) em.createNativeQuery(sql)
                .setParameter(1, parameter).getResultList());
    }

    private Set<String> strings(String sql, Object parameter) {
        return new HashSet<>(list(sql, parameter));
    }
}
