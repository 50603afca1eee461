package fi.digipolku.pathway.definition;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
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
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.http.Headers;
import io.restassured.response.ValidatableResponse;

import fi.digipolku.pathway.Fixtures;
import fi.digipolku.support.testing.TestClock;
import fi.digipolku.support.testing.TestTokens;

/**
 * A definition created with an Idempotency-Key: a retry with the same body gets the definition the first try created,
 * as it is now, with its ETag; the key used for another body is a 422; a key is forgotten after 24 hours; keys are each
 * admin's own.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class DefinitionIdempotencyTest {

    private static final String PATH = "/api/v1/pathway-definitions";
    private static final String KEY_REUSED = "urn:digipolku:problem:idempotency-key-reused";

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    private final String admin = TestTokens.admin("admin-" + UUID.randomUUID());
    private String name;
    private Map<String, Object> content;
    private String key;

    @BeforeEach
    void setUp() {
        name = "Painonhallinta " + UUID.randomUUID();
        content = named(name);
        key = UUID.randomUUID().toString();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Map<String, Object> named(String name) {
        Map<String, Object> content = Fixtures.weightManagement();
        content.put("name", new HashMap<>(Map.of("fi", name)));
        return content;
    }

    private ValidatableResponse create(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post(PATH).then();
    }

    private long definitionsNamed(String fi) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM pathway_definition WHERE draft -> 'name' ->> 'fi' = ?1")
                .setParameter(1, fi).getSingleResult()).longValue());
    }

    @Test
    void aRetryGetsTheFirstDefinitionAsItIsNowAndNothingIsCreatedAgain() {
        var first = create(admin, content).statusCode(201).header("Idempotent-Replayed", (String) null).extract();
        String id = first.path("id");
        assertThat(first.header("ETag")).isEqualTo("\"" + first.<Integer>path("etag") + "\"");

        create(admin, content).statusCode(200).header("Idempotent-Replayed", "true").body("id", equalTo(id))
                .body("status", equalTo("DRAFT")).header("ETag", first.header("ETag"));

        String edited = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .header("If-Match", first.header("ETag")).body(named(name + " (muokattu)")).put(PATH + "/" + id)
                .then().statusCode(200).extract().header("ETag");
        create(admin, content).statusCode(200).header("Idempotent-Replayed", "true").body("id", equalTo(id))
                .body("draft.name.fi", equalTo(name + " (muokattu)")).header("ETag", edited);

        assertThat(definitionsNamed(name)).isZero();
        assertThat(definitionsNamed(name + " (muokattu)")).isEqualTo(1);
    }

    @Test
    void theKeyUsedWithAnotherBodyIsRefusedAndNothingIsCreated() {
        create(admin, content).statusCode(201);

        Map<String, Object> other = named(name);
        other.put("durationDays", 90);
        create(admin, other).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(KEY_REUSED)).body("status", equalTo(422));
        create(admin, named(name + " 2")).statusCode(422).body("type", equalTo(KEY_REUSED));

        assertThat(definitionsNamed(name)).isEqualTo(1);
        assertThat(definitionsNamed(name + " 2")).isZero();
    }

    @Test
    void aFirstTryThatFailedRemembersNothing() {
        Map<String, Object> invalid = named(name);
        invalid.put("durationDays", 0);
        create(admin, invalid).statusCode(400);

        create(admin, content).statusCode(201).header("Idempotent-Replayed", (String) null);
        assertThat(definitionsNamed(name)).isEqualTo(1);
    }

    @Test
    void afterTwentyFourHoursTheKeyIsForgottenAndCreatesAnew() {
        String first = create(admin, content).statusCode(201).extract().path("id");

        clock.advance(Duration.ofHours(24).plusSeconds(1));

        String again = create(admin, content).statusCode(201).header("Idempotent-Replayed", (String) null)
                .extract().path("id");
        assertThat(again).isNotEqualTo(first);
        assertThat(definitionsNamed(name)).isEqualTo(2);
    }

    @Test
    void twoAdminsUseTheSameKeyIndependently() {
        String other = TestTokens.admin("admin-" + UUID.randomUUID());

        String mine = create(admin, content).statusCode(201).extract().path("id");
        String theirs = create(other, content).statusCode(201).extract().path("id");

        assertThat(theirs).isNotEqualTo(mine);
        create(other, content).statusCode(200).body("id", equalTo(theirs));
        create(admin, content).statusCode(200).body("id", equalTo(mine));
        assertThat(definitionsNamed(name)).isEqualTo(2);
    }

    @Test
    void aMalformedKeyIsRefused() {
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("Idempotency-Key", "bad key!")
                .body(content).post(PATH).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"))
                .body("errors[0].message",
                        equalTo("saa sisältää vain kirjaimia A–Z ja a–z, numeroita ja merkkejä . _ : -"));
        assertThat(definitionsNamed(name)).isZero();
    }

    @Test
    void aBlankKeyOrTwoKeysAreRefusedNotTakenAsNone() {
        for (var headers : List.of(new Headers(new Header("Idempotency-Key", "   ")),
                new Headers(new Header("Idempotency-Key", "")),
                new Headers(new Header("Idempotency-Key", key), new Header("Idempotency-Key", key + "-2")))) {
            for (int attempt = 0; attempt < 2; attempt++) {
                given().auth().oauth2(admin).contentType(ContentType.JSON).headers(headers).body(content).post(PATH)
                        .then().statusCode(400).contentType("application/problem+json")
                        .body("errors[0].field", equalTo("Idempotency-Key")).body("errors[0].message",
                                equalTo("anna yksi avain, joka ei ole tyhjä (esimerkiksi uusi UUID jokaiselle uudelle"
                                        + " pyynnölle)"));
            }
        }
        assertThat(definitionsNamed(name)).isZero();
    }
}
