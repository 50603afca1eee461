package fi.digipolku.feedback.response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
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

import io.quarkus.arc.Arc;
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

    @Test
    void thePoolShowsNothingOfAnAnswerAndAJoinOnXminGivesOnlyTheSealedBlob() {
        String team = "team-" + UUID.randomUUID();
        UUID pathway = Pathways.published(team, "AT_END");
        String openAnswer = "Vastaanotto oli erinomainen ja kiireetön.";
        for (int i = 0; i < 3; i++) {
            String client = "client-" + UUID.randomUUID();
            String token = TestTokens.client(client);
            UUID enrollment = Pathways.started(client, pathway, team, "AT_END", Pathways.today().minusDays(30));
            Pathways.ended("enrollment.completed", enrollment, client, pathway, team, "AT_END");
            await().atMost(Duration.ofSeconds(10)).until(() -> !pending(token).isEmpty());
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("nps", 9, "ces", 6, "statements", Map.of("safety", 4), "openAnswer", openAnswer))
                    .post("/api/v1/feedback/requests/" + pending(token).get(0) + "/response").then().statusCode(204);
        }

        // Every column of the pooled rows, as text: only the grouping columns and one sealed blob of fixed length.
        List<String> rows = list("SELECT p::text FROM response_pool p WHERE definition_id = ?1", pathway);
        assertThat(rows).hasSize(3).allSatisfy(row -> assertThat(row).doesNotContain("erinomainen")
                .doesNotContain("\"safety\"").doesNotContain("unknown").doesNotContain(",9,").doesNotContain(",6,"));
        assertThat(strings("""
                SELECT column_name::text FROM information_schema.columns WHERE table_name = 'response_pool'
                AND ?1 = ?1""", "x")).containsExactlyInAnyOrder("id", "pooled_on", "survey_key", "survey_version",
                "definition_id", "definition_version", "care_team", "sealed");
        assertThat(strings("SELECT length(sealed)::text FROM response_pool WHERE definition_id = ?1", pathway))
                .hasSize(1);
        // The auditor's join pairs a client with a pool row, and so with nothing but the sealed blob.
        assertThat(list("""
                SELECT r.client_subject || ' ' || encode(p.sealed, 'escape') FROM response_pool p
                JOIN feedback_request r ON r.xmin = p.xmin WHERE p.definition_id = ?1""", pathway))
                .hasSize(3).noneMatch(linked -> linked.contains("erinomainen"));

        Pool.releaseAll();

        assertThat(count("SELECT count(*) FROM response_pool WHERE definition_id = ?1", pathway)).isZero();
        assertThat(
                list("""
                        SELECT nps || '/' || ces || '/' || (statements->>'safety') || '/' || client_segment || '/' || open_answer
                        FROM feedback_response WHERE definition_id = ?1""",
                        pathway))
                .containsExactly("9/6/4/unknown/" + openAnswer, "9/6/4/unknown/" + openAnswer,
                        "9/6/4/unknown/" + openAnswer);
    }

    @Test
    void aPooledAnswerSealedUnderAnotherKeyStaysInThePoolAndTheOthersAreStored() {
        String team = "team-" + UUID.randomUUID();
        UUID pathway = Pathways.published(team, "AT_END");
        PoolCipher otherKey = new PoolCipher("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII));
        PoolCipher poolKey = Arc.container().instance(PoolCipher.class).get();
        UUID unreadable = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            insertPooled(unreadable, pathway, team, otherKey.seal(new PoolContent(3, 2, Map.of(), "unknown", null,
                    null)));
            insertPooled(UUID.randomUUID(), pathway, team, poolKey.seal(new PoolContent(8, 1, Map.of(), "unknown",
                    null, null)));
        });

        Pool.releaseAll();

        assertThat(strings("SELECT id::text FROM response_pool WHERE definition_id = ?1", pathway))
                .containsExactly(unreadable.toString());
        assertThat(list("SELECT nps || '/' || ces FROM feedback_response WHERE definition_id = ?1", pathway))
                .containsExactly("8/1");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM response_pool WHERE id = ?1")
                .setParameter(1, unreadable).executeUpdate());
    }

    @Test
    void anAnswerSealedToAnotherLengthIsSealedAgainToTheOneLengthUnderANewId() throws Exception {
        String team = "team-" + UUID.randomUUID();
        UUID pathway = Pathways.published(team, "AT_END");
        PoolCipher poolKey = Arc.container().instance(PoolCipher.class).get();
        // as a version before the one-block rule sealed a long answer: two blocks
        byte[] plain = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(new PoolContent(7, 3,
                Map.of(), "unknown", "Hyvä 😀", null));
        byte[] iv = new byte[12];
        new java.security.SecureRandom().nextBytes(iv);
        javax.crypto.Cipher aes = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(javax.crypto.Cipher.ENCRYPT_MODE, new javax.crypto.spec.SecretKeySpec(java.util.Base64.getDecoder()
                .decode(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                        .getValue("digipolku.feedback.pool-key", String.class)),
                "AES"),
                new javax.crypto.spec.GCMParameterSpec(128, iv));
        byte[] twoBlocks = aes.doFinal(java.nio.ByteBuffer.allocate(2 * PoolCipher.BLOCK).putInt(plain.length)
                .put(plain).array());
        UUID uneven = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            insertPooled(uneven, pathway, team, java.nio.ByteBuffer.allocate(12 + twoBlocks.length).put(iv)
                    .put(twoBlocks).array());
            insertPooled(UUID.randomUUID(), pathway, team, poolKey.seal(new PoolContent(8, 1, Map.of(), "unknown",
                    null, null)));
        });
        assertThat(list("SELECT octet_length(sealed)::text FROM response_pool WHERE definition_id = ?1", pathway))
                .containsExactlyInAnyOrder(Integer.toString(PoolCipher.SEALED_LENGTH),
                        Integer.toString(PoolCipher.SEALED_LENGTH + PoolCipher.BLOCK));

        assertThat(Arc.container().instance(ResponsePool.class).get().resealUneven()).isPositive();

        assertThat(list("SELECT octet_length(sealed)::text FROM response_pool WHERE definition_id = ?1", pathway))
                .containsExactly(Integer.toString(PoolCipher.SEALED_LENGTH),
                        Integer.toString(PoolCipher.SEALED_LENGTH));
        assertThat(strings("SELECT id::text FROM response_pool WHERE definition_id = ?1", pathway))
                .doesNotContain(uneven.toString());
        Pool.releaseAll();
        assertThat(list("SELECT nps || '/' || ces FROM feedback_response WHERE definition_id = ?1", pathway))
                .containsExactlyInAnyOrder("7/3", "8/1");
    }

    @Test
    void answersPooledBeforeSealingAreSealedAtStartupAndTheirClearTableIsDropped() {
        String team = "team-" + UUID.randomUUID();
        UUID pathway = Pathways.published(team, "AT_END");
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    CREATE TABLE response_pool_unsealed (id uuid PRIMARY KEY, pooled_on date NOT NULL,
                        survey_key text NOT NULL, survey_version integer NOT NULL, definition_id uuid NOT NULL,
                        definition_version integer NOT NULL, care_team text NOT NULL, client_segment text NOT NULL,
                        nps integer, ces integer, statements jsonb NOT NULL, open_answer text, removed jsonb)""")
                    .executeUpdate();
            em.createNativeQuery("""
                    INSERT INTO response_pool_unsealed VALUES (gen_random_uuid(), ?1, 'national', 1, ?2, 1, ?3,
                        '30-49', 4, 5, '{"safety": 2}', 'Pitkä [NUMERO] jono', '{"NUMBER": 1}')""")
                    .setParameter(1, Pathways.today()).setParameter(2, pathway).setParameter(3, team).executeUpdate();
        });

        Arc.container().instance(ResponsePool.class).get().sealUnsealed();

        assertThat(list("SELECT to_regclass('response_pool_unsealed')::text WHERE ?1 = ?1", "x")).containsOnlyNulls();
        assertThat(list("SELECT p::text FROM response_pool p WHERE definition_id = ?1", pathway)).hasSize(1)
                .noneMatch(row -> row.contains("jono") || row.contains("30-49"));
        Pool.releaseAll();
        assertThat(
                list("""
                        SELECT nps || '/' || ces || '/' || (statements->>'safety') || '/' || client_segment || '/' || open_answer
                        FROM feedback_response WHERE definition_id = ?1""",
                        pathway))
                .containsExactly("4/5/2/30-49/Pitkä [NUMERO] jono");
    }

    private void insertPooled(UUID id, UUID pathway, String team, byte[] sealed) {
        em.createNativeQuery("""
                INSERT INTO response_pool (id, pooled_on, survey_key, survey_version, definition_id, definition_version,
                    care_team, sealed) VALUES (?1, ?2, 'national', 1, ?3, 1, ?4, ?5)""")
                .setParameter(1, id).setParameter(2, Pathways.today()).setParameter(3, pathway).setParameter(4, team)
                .setParameter(5, sealed).executeUpdate();
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
