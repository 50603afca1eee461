package fi.digipolku.pathway.progress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import fi.digipolku.pathway.Fixtures;
import fi.digipolku.support.testing.TestClock;
import fi.digipolku.support.testing.TestTokens;
import fi.digipolku.support.testing.events.OutboxEvents;

/**
 * A record sent with an Idempotency-Key: the same person's retry on the same enrollment and module with the same body
 * gets the record the first try stored; the key used for another body, module or enrollment is a 422; a key is
 * forgotten after 24 hours; keys are each person's own.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class RecordIdempotencyTest {

    private static final String KEY_REUSED = "urn:digipolku:problem:idempotency-key-reused";
    private static final Map<String, Object> WEIGHT = Map.of("values", Map.of("value", 82.5));

    private final OutboxEvents events = new OutboxEvents();

    @Inject
    TestClock clock;

    private final String nurse = TestTokens.professional("nurse-1", "weight-team");
    private String client;
    private String clientToken;
    private String coaching;
    private String key;

    @BeforeEach
    void setUp() {
        client = "client-" + UUID.randomUUID();
        clientToken = TestTokens.client(client);
        coaching = startCoaching(client);
        key = UUID.randomUUID().toString();
        events.clear();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The weight-management coaching (a pathway of its own each time) opened by the nurse for the client. */
    private String startCoaching(String clientSubject) {
        String definition = Fixtures.published(Fixtures.weightManagement());
        return given().auth().oauth2(nurse).contentType(ContentType.JSON)
                .body(Map.of("definitionId", definition, "clientSubject", clientSubject)).post("/api/v1/enrollments")
                .then().statusCode(201).extract().path("id");
    }

    private ValidatableResponse record(String token, String enrollment, String module, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/enrollments/" + enrollment + "/modules/" + module + "/records").then();
    }

    private ValidatableResponse records(String enrollment) {
        return given().auth().oauth2(clientToken).get("/api/v1/enrollments/" + enrollment + "/records").then()
                .statusCode(200);
    }

    @Test
    void aRetryOfTheSameRecordGetsTheFirstOneAndNothingIsStoredAgain() {
        String id = record(clientToken, coaching, "weight", WEIGHT).statusCode(201)
                .header("Idempotent-Replayed", (String) null).extract().path("id");

        record(clientToken, coaching, "weight", WEIGHT).statusCode(200).header("Idempotent-Replayed", "true")
                .body("id", equalTo(id)).body("payload.values.value", equalTo(82.5f));

        records(coaching).body("total", equalTo(1));
        assertThat(events.ofType("measurement.recorded")).hasSize(1);
    }

    @Test
    void theKeyUsedWithAnotherBodyIsRefusedAndNothingIsStored() {
        record(clientToken, coaching, "weight", WEIGHT).statusCode(201);

        record(clientToken, coaching, "weight", Map.of("values", Map.of("value", 83))).statusCode(422)
                .contentType("application/problem+json").body("type", equalTo(KEY_REUSED))
                .body("status", equalTo(422));

        records(coaching).body("total", equalTo(1));
        assertThat(events.ofType("measurement.recorded")).hasSize(1);
    }

    @Test
    void theKeyUsedOnAnotherModuleOrEnrollmentIsRefused() {
        record(clientToken, coaching, "weight", WEIGHT).statusCode(201);
        String second = startCoaching(client);

        record(clientToken, coaching, "waist", WEIGHT).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(KEY_REUSED));
        record(clientToken, second, "weight", WEIGHT).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(KEY_REUSED));

        records(coaching).body("total", equalTo(1));
        records(second).body("total", equalTo(0));
    }

    @Test
    void afterTwentyFourHoursTheKeyIsForgottenAndRecordsAnew() {
        String first = record(clientToken, coaching, "weight", WEIGHT).statusCode(201).extract().path("id");

        clock.advance(Duration.ofHours(24).plusSeconds(1));

        String again = record(clientToken, coaching, "weight", WEIGHT).statusCode(201)
                .header("Idempotent-Replayed", (String) null).extract().path("id");
        assertThat(again).isNotEqualTo(first);
        records(coaching).body("total", equalTo(2));
        record(clientToken, coaching, "weight", WEIGHT).statusCode(200).body("id", equalTo(again));
    }

    @Test
    void twoClientsUseTheSameKeyIndependently() {
        String other = "client-" + UUID.randomUUID();
        String otherToken = TestTokens.client(other);
        String theirCoaching = startCoaching(other);

        String mine = record(clientToken, coaching, "weight", WEIGHT).statusCode(201).extract().path("id");
        String theirs = record(otherToken, theirCoaching, "weight", WEIGHT).statusCode(201).extract().path("id");

        assertThat(theirs).isNotEqualTo(mine);
        record(clientToken, coaching, "weight", WEIGHT).statusCode(200).body("id", equalTo(mine));
        record(otherToken, theirCoaching, "weight", WEIGHT).statusCode(200).body("id", equalTo(theirs));
    }
}
