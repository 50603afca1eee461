package fi.digipolku.feedback.response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
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
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import fi.digipolku.feedback.Pathways;
import fi.digipolku.support.idempotency.IdempotencyRules;
import fi.digipolku.support.testing.TestClock;
import fi.digipolku.support.testing.TestTokens;
import fi.digipolku.support.testing.events.OutboxEvents;

/**
 * An answer sent again with its Idempotency-Key: the retry is told the answer was taken and nothing is pooled twice.
 * Nothing of the answer is kept with the key, so a retry is never compared with the first try.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class RetriedAnswerTest {

    private static final String REQUESTS = "/api/v1/feedback/requests";
    private static final String OPEN_ANSWER = "Hoitaja vastasi nopeasti, kiitos.";

    private final OutboxEvents events = new OutboxEvents();

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    private String team;
    private UUID pathway;
    private String client;
    private String clientToken;
    private String key;

    @BeforeEach
    void setUp() {
        team = "team-" + UUID.randomUUID();
        pathway = Pathways.published(team, "AT_END");
        client = "client-" + UUID.randomUUID();
        clientToken = TestTokens.client(client);
        key = UUID.randomUUID().toString();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Completes one more enrollment of the client and returns the feedback request it led to. */
    private String request(String client, String token) {
        List<String> before = pending(token);
        UUID enrollment = Pathways.started(client, pathway, team, "AT_END", Pathways.today().minusDays(40));
        Pathways.ended("enrollment.completed", enrollment, client, pathway, team, "AT_END");
        await().atMost(Duration.ofSeconds(10)).until(() -> pending(token).size() > before.size());
        return pending(token).stream().filter(id -> !before.contains(id)).findFirst().orElseThrow();
    }

    private static List<String> pending(String token) {
        return given().auth().oauth2(token).get(REQUESTS).then().statusCode(200).extract().jsonPath()
                .getList("id", String.class);
    }

    private static ValidatableResponse answer(String token, String idempotencyKey, String request, Object body) {
        var call = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (idempotencyKey != null) {
            call.header("Idempotency-Key", idempotencyKey);
        }
        return call.post(REQUESTS + "/" + request + "/response").then();
    }

    private static Map<String, Object> nine() {
        return Map.of("nps", 9, "ces", 6, "statements", Map.of("safety", 5), "openAnswer", OPEN_ANSWER);
    }

    private long pooled() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em
                        .createNativeQuery("SELECT count(*) FROM response_pool WHERE definition_id = ?1")
                        .setParameter(1, pathway).getSingleResult()).longValue());
    }

    @Test
    void aRetryWithTheKeyIsTakenAsAnsweredAndNothingIsPooledAgain() {
        String request = request(client, clientToken);
        events.clear();

        answer(clientToken, key, request, nine()).statusCode(204).header("Idempotent-Replayed", nullValue());
        answer(clientToken, key, request, nine()).statusCode(204).header("Idempotent-Replayed", "true");

        assertThat(pooled()).isEqualTo(1);
        assertThat(pending(clientToken)).isEmpty();
        assertThat(events.all()).isEmpty();
        // without the key, an answered request is a conflict as ever
        answer(clientToken, null, request, nine()).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void theKeyKeepsNothingOfTheAnswerSoAnyRetryReplays() {
        String request = request(client, clientToken);

        answer(clientToken, key, request, nine()).statusCode(204);
        answer(clientToken, key, request, Map.of("nps", 2)).statusCode(204).header("Idempotent-Replayed", "true");
        answer(clientToken, key, request, Map.of("nps", 4, "openAnswer", "Jotain aivan muuta")).statusCode(204)
                .header("Idempotent-Replayed", "true");
        assertThat(pooled()).isEqualTo(1);

        // the row holds the client, the key, the request and the hash of the operation alone
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT k.request_hash, k.resource, k::text FROM idempotency_key k
                WHERE k.owner_subject = ?1 AND k.key = ?2""", Object[].class).setParameter(1, client)
                .setParameter(2, key).getResultList());
        assertThat(rows).hasSize(1);
        Object[] row = rows.get(0);
        assertThat(row[0]).isEqualTo(
                IdempotencyRules.hash("POST /api/v1/feedback/requests/" + request + "/response", null));
        assertThat(row[0]).isNotEqualTo(
                IdempotencyRules.hash("POST /api/v1/feedback/requests/" + request + "/response", nine()));
        assertThat(row[1]).isEqualTo(request);
        assertThat((String) row[2]).doesNotContain("Hoitaja").doesNotContain("safety").doesNotContain("nps");
    }

    @Test
    void theKeyOfOneAnswerIsRefusedForAnotherRequest() {
        String first = request(client, clientToken);
        String second = request(client, clientToken);
        answer(clientToken, key, first, nine()).statusCode(204);

        answer(clientToken, key, second, nine()).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:digipolku:problem:idempotency-key-reused"));

        assertThat(pooled()).isEqualTo(1);
        assertThat(pending(clientToken)).containsExactly(second);
        answer(clientToken, UUID.randomUUID().toString(), second, nine()).statusCode(204);
        assertThat(pooled()).isEqualTo(2);
    }

    @Test
    void after24HoursTheKeyIsForgottenAndTheAnsweredRequestIsAConflict() {
        String request = request(client, clientToken);
        answer(clientToken, key, request, nine()).statusCode(204);
        clock.advance(Duration.ofHours(24).plusSeconds(1));

        answer(clientToken, key, request, nine()).statusCode(409).contentType("application/problem+json")
                .header("Idempotent-Replayed", nullValue());

        assertThat(pooled()).isEqualTo(1);
    }

    @Test
    void twoClientsMayAnswerWithTheSameKey() {
        String other = "client-" + UUID.randomUUID();
        String otherToken = TestTokens.client(other);
        String mine = request(client, clientToken);
        String theirs = request(other, otherToken);

        answer(clientToken, key, mine, nine()).statusCode(204).header("Idempotent-Replayed", nullValue());
        answer(otherToken, key, theirs, nine()).statusCode(204).header("Idempotent-Replayed", nullValue());

        assertThat(pooled()).isEqualTo(2);
    }

    @Test
    void aRefusedFirstTryRemembersNothing() {
        String request = request(client, clientToken);
        answer(clientToken, key, request, Map.of("nps", 11)).statusCode(400);

        answer(clientToken, key, request, nine()).statusCode(204).header("Idempotent-Replayed", nullValue());
        assertThat(pooled()).isEqualTo(1);
    }
}
