package fi.digipolku.pathway.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
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

import fi.digipolku.support.testing.TestClock;
import fi.digipolku.support.testing.TestTokens;

/**
 * A webhook registered with an Idempotency-Key: a retry with the same body gets the webhook the first try registered,
 * signing secret included, so an integrator that lost the first answer can still read it; the key used for another
 * body is a 422; a key is forgotten after 24 hours; keys are each caller's own.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class WebhookIdempotencyTest {

    private static final String PATH = "/api/v1/webhooks";
    private static final String KEY_REUSED = "urn:digipolku:problem:idempotency-key-reused";
    private static final Map<String, Object> OBSERVATIONS = Map.of("url", "http://localhost:9/hooks",
            "resourceTypes", List.of("Observation"));

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    private final List<String> integrators = new ArrayList<>();
    private String integratorId;
    private String integrator;
    private String key;

    @BeforeEach
    void setUp() {
        integratorId = "ehr-" + UUID.randomUUID();
        integrator = TestTokens.integrator(integratorId);
        integrators.add(integratorId);
        key = UUID.randomUUID().toString();
    }

    /** Nothing of these tests is notified when other tests review data. */
    @AfterEach
    void deleteWebhooksAndResetClock() {
        clock.reset();
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("UPDATE webhook SET deleted_at = now() WHERE integrator = ANY (?1)")
                .setParameter(1, integrators.toArray(String[]::new)).executeUpdate());
    }

    private ValidatableResponse register(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post(PATH).then();
    }

    private long webhooksOf(String integratorName) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM webhook WHERE integrator = ?1")
                .setParameter(1, integratorName).getSingleResult()).longValue());
    }

    @Test
    void aRetryGetsTheFirstWebhookWithItsSecretAndNothingIsRegisteredAgain() {
        var first = register(integrator, OBSERVATIONS).statusCode(201).header("Idempotent-Replayed", (String) null)
                .extract();
        String id = first.path("id");
        String secret = first.path("secret");
        assertThat(secret).startsWith("whsec_");

        register(integrator, OBSERVATIONS).statusCode(200).header("Idempotent-Replayed", "true")
                .body("id", equalTo(id)).body("secret", equalTo(secret))
                .body("url", equalTo("http://localhost:9/hooks"));

        assertThat(webhooksOf(integratorId)).isEqualTo(1);
        given().auth().oauth2(integrator).get(PATH).then().statusCode(200).body("size()", equalTo(1))
                .body("[0].secret", equalTo(null));
    }

    @Test
    void theKeyUsedWithAnotherBodyIsRefusedAndNothingIsRegistered() {
        register(integrator, OBSERVATIONS).statusCode(201);

        register(integrator, Map.of("url", "http://localhost:9/hooks", "resourceTypes",
                List.of("Observation", "QuestionnaireResponse"))).statusCode(422)
                .contentType("application/problem+json").body("type", equalTo(KEY_REUSED))
                .body("status", equalTo(422));
        register(integrator, Map.of("url", "http://localhost:9/other", "resourceTypes", List.of("Observation")))
                .statusCode(422).body("type", equalTo(KEY_REUSED));

        assertThat(webhooksOf(integratorId)).isEqualTo(1);
    }

    @Test
    void afterTwentyFourHoursTheKeyIsForgottenAndRegistersAnew() {
        var first = register(integrator, OBSERVATIONS).statusCode(201).extract();

        clock.advance(Duration.ofHours(24).plusSeconds(1));

        var again = register(integrator, OBSERVATIONS).statusCode(201).header("Idempotent-Replayed", (String) null)
                .extract();
        assertThat(again.<String>path("id")).isNotEqualTo(first.path("id"));
        assertThat(again.<String>path("secret")).isNotEqualTo(first.path("secret"));
        assertThat(webhooksOf(integratorId)).isEqualTo(2);
    }

    @Test
    void aRetryAfterTheWebhookWasDeletedRegistersNothing() {
        String first = register(integrator, OBSERVATIONS).statusCode(201).extract().path("id");
        given().auth().oauth2(integrator).delete(PATH + "/" + first).then().statusCode(204);

        register(integrator, OBSERVATIONS).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:digipolku:problem:conflict"))
                .body("detail", equalTo("Se, minkä tämä Idempotency-Key teki, on sittemmin poistettu; mitään ei tehty"
                        + " uudelleen. Uusi pyyntö tarvitsee uuden avaimen."));

        assertThat(webhooksOf(integratorId)).as("the deleted one only").isEqualTo(1);
        given().auth().oauth2(integrator).get(PATH).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void twoIntegratorsUseTheSameKeyIndependently() {
        String otherId = "ehr-" + UUID.randomUUID();
        String other = TestTokens.integrator(otherId);
        integrators.add(otherId);

        var mine = register(integrator, OBSERVATIONS).statusCode(201).extract();
        var theirs = register(other, OBSERVATIONS).statusCode(201).extract();

        assertThat(theirs.<String>path("id")).isNotEqualTo(mine.path("id"));
        assertThat(theirs.<String>path("secret")).isNotEqualTo(mine.path("secret"));
        register(other, OBSERVATIONS).statusCode(200).body("id", equalTo(theirs.path("id")))
                .body("secret", equalTo(theirs.path("secret")));
        assertThat(webhooksOf(integratorId)).isEqualTo(1);
        assertThat(webhooksOf(otherId)).isEqualTo(1);
    }
}
