package fi.digipolku.pathway.enrollment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
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

import fi.digipolku.pathway.Fixtures;
import fi.digipolku.support.accesslog.AccessLog;
import fi.digipolku.support.testing.TestClock;
import fi.digipolku.support.testing.TestTokens;
import fi.digipolku.support.testing.events.OutboxEvents;

/**
 * A start sent with an Idempotency-Key: the same person's retry for the same pathway and client gets what the first
 * try started, the key used for another start or another operation is a 422, and a key is forgotten after 24 hours.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class EnrollmentIdempotencyTest {

    private static final String PATH = "/api/v1/enrollments";
    private static final String KEY_REUSED = "urn:digipolku:problem:idempotency-key-reused";

    private final OutboxEvents events = new OutboxEvents();

    @Inject
    AccessLog accessLog;

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    private final String nurse = TestTokens.professional("nurse-1", "weight-team");
    private String client;
    private String clientToken;
    private String professionalPathway;
    private String selfCarePathway;
    private String key;

    @BeforeEach
    void setUp() {
        client = "client-" + UUID.randomUUID();
        clientToken = TestTokens.client(client);
        professionalPathway = Fixtures.published(Fixtures.weightManagement());
        selfCarePathway = Fixtures.published(Fixtures.youthSleep());
        key = UUID.randomUUID().toString();
        events.clear();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private ValidatableResponse start(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post(PATH).then();
    }

    private long enrollmentsOf(String clientSubject) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM enrollment WHERE client_subject = ?1")
                .setParameter(1, clientSubject).getSingleResult()).longValue());
    }

    @Test
    void aProfessionalsRetryForTheSameClientGetsTheFirstStartAndNothingIsWrittenAgain() {
        Map<String, Object> body = Map.of("definitionId", professionalPathway, "clientSubject", client);
        String id = start(nurse, body).statusCode(201).header("Idempotent-Replayed", (String) null).extract()
                .path("id");

        // a retry after success is answered before the other checks: not 409 "already active"
        start(nurse, body).statusCode(200).header("Idempotent-Replayed", "true").body("id", equalTo(id))
                .body("clientSubject", equalTo(client)).body("status", equalTo("ACTIVE"));

        assertThat(enrollmentsOf(client)).isEqualTo(1);
        assertThat(events.ofType("enrollment.started")).hasSize(1);
        assertThat(accessLog.forClient(client, 0, 10)).extracting(e -> e.action()).containsExactly("create");
    }

    @Test
    void theKeyUsedForAnotherClientOrPathwayIsRefusedAndNothingIsStarted() {
        start(nurse, Map.of("definitionId", professionalPathway, "clientSubject", client)).statusCode(201);
        String other = "client-" + UUID.randomUUID();

        start(nurse, Map.of("definitionId", professionalPathway, "clientSubject", other)).statusCode(422)
                .contentType("application/problem+json").body("type", equalTo(KEY_REUSED))
                .body("status", equalTo(422));
        String boneHealth = Fixtures.published(Fixtures.boneHealth());
        start(nurse, Map.of("definitionId", boneHealth, "clientSubject", client)).statusCode(422)
                .contentType("application/problem+json").body("type", equalTo(KEY_REUSED));

        assertThat(enrollmentsOf(other)).isZero();
        assertThat(enrollmentsOf(client)).isEqualTo(1);
        assertThat(events.ofType("enrollment.started")).hasSize(1);
    }

    @Test
    void theKeyOfAStartUsedForARecordIsRefused() {
        String id = start(clientToken, Map.of("definitionId", selfCarePathway)).statusCode(201).extract().path("id");

        given().auth().oauth2(clientToken).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("text", "Nukuin hyvin")).post(PATH + "/" + id + "/modules/mood-diary/records").then()
                .statusCode(422).contentType("application/problem+json").body("type", equalTo(KEY_REUSED));
        given().auth().oauth2(clientToken).get(PATH + "/" + id + "/records").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void afterTwentyFourHoursTheKeyIsForgottenAndStartsAnew() {
        Map<String, Object> body = Map.of("definitionId", selfCarePathway);
        String first = start(clientToken, body).statusCode(201).extract().path("id");
        given().auth().oauth2(clientToken).contentType(ContentType.JSON).body(Map.of())
                .header("If-Match", Fixtures.etag(clientToken, PATH + "/" + first))
                .post(PATH + "/" + first + "/discontinue").then().statusCode(200);
        start(clientToken, body).statusCode(200).header("Idempotent-Replayed", "true").body("id", equalTo(first));

        clock.advance(Duration.ofHours(24).plusSeconds(1));

        String second = start(clientToken, body).statusCode(201).header("Idempotent-Replayed", (String) null)
                .extract().path("id");
        assertThat(second).isNotEqualTo(first);
        assertThat(enrollmentsOf(client)).isEqualTo(2);
        start(clientToken, body).statusCode(200).body("id", equalTo(second));
    }

    @Test
    void twoPeopleUseTheSameKeyIndependently() {
        String otherClient = "client-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("definitionId", selfCarePathway);

        String mine = start(clientToken, body).statusCode(201).extract().path("id");
        String theirs = start(TestTokens.client(otherClient), body).statusCode(201).extract().path("id");
        String nurses = start(nurse, Map.of("definitionId", professionalPathway, "clientSubject", client))
                .statusCode(201).extract().path("id");

        assertThat(Set.of(mine, theirs, nurses)).hasSize(3);
        start(clientToken, body).statusCode(200).body("id", equalTo(mine));
        start(TestTokens.client(otherClient), body).statusCode(200).body("id", equalTo(theirs));
    }
}
