package fi.digipolku.pathway.enrollment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import fi.digipolku.pathway.Fixtures;
import fi.digipolku.support.accesslog.AccessLog;
import fi.digipolku.support.testing.Concurrently;
import fi.digipolku.support.testing.TestClock;
import fi.digipolku.support.testing.TestTokens;
import fi.digipolku.support.testing.events.OutboxEvents;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class EnrollmentResourceTest {

    private static final String PATH = "/api/v1/enrollments";

    private final OutboxEvents events = new OutboxEvents();

    @Inject
    EnrollmentService service;

    @Inject
    AccessLog accessLog;

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    private final String admin = TestTokens.admin("admin-1");
    private final String nurse = TestTokens.professional("nurse-1", "weight-team", "diabetes-team");
    private final String otherTeam = TestTokens.professional("physio-1", "osteoporosis-team");
    private String client;
    private String clientToken;
    private String professionalPathway;
    private String selfCarePathway;

    @BeforeEach
    void setUp() {
        client = "client-" + UUID.randomUUID();
        clientToken = TestTokens.client(client);
        professionalPathway = Fixtures.published(Fixtures.weightManagement());
        selfCarePathway = Fixtures.published(Fixtures.youthSleep());
        events.clear();
    }

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The enrollment's current ETag, as the client reads it (not access-logged). */
    private String etag(String id) {
        return Fixtures.etag(clientToken, PATH + "/" + id);
    }

    private ValidatableResponse start(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(PATH).then();
    }

    @Test
    void clientStartsASelfCarePathwayOnceAndTheStartIsAnEvent() throws Exception {
        String id = start(clientToken, Map.of("definitionId", selfCarePathway)).statusCode(201)
                .body("status", equalTo("ACTIVE")).body("kind", equalTo("SELF_CARE"))
                .body("followedByTeam", equalTo(false)).body("definitionVersion", equalTo(1))
                .extract().path("id");

        start(clientToken, Map.of("definitionId", selfCarePathway)).statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(clientToken).get(PATH).then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(clientToken).get(PATH + "/" + id).then().statusCode(200);

        List<JsonNode> published = events.all();
        assertThat(published).hasSize(1);
        JsonNode event = published.get(0);
        assertThat(event.get("type").asText()).isEqualTo("fi.digipolku.enrollment.started");
        assertThat(event.get("subject").asText()).isEqualTo(id);
        assertThat(event.get("data").get("clientId").asText()).isEqualTo(client);
        assertThat(event.get("data").get("startedBy").asText()).isEqualTo("client");
        assertThat(event.get("data").get("messagingEnabled").asBoolean()).isFalse();
        assertThat(event.toString()).doesNotContain("Uni ja mieliala");
    }

    @Test
    void aStartRetriedWithItsIdempotencyKeyIsReplayedEvenWhileTheFirstTryRuns() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("definitionId", professionalPathway, "clientSubject", client);
        List<Integer> statuses = Concurrently.statuses(3, () -> given().auth().oauth2(nurse)
                .contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post(PATH).statusCode());
        assertThat(statuses).as("one started, the others replayed, none refused").containsExactly(200, 200, 201);

        String id = given().auth().oauth2(nurse).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).post(PATH).then().statusCode(200).header("Idempotent-Replayed", "true")
                .body("clientSubject", equalTo(client)).extract().path("id");
        assertThat(events.ofType("enrollment.started")).hasSize(1);
        assertThat(events.ofType("enrollment.started").get(0).get("subject").asText()).isEqualTo(id);

        // the key is the nurse's: another start with it is refused, another person's same key starts anew
        given().auth().oauth2(nurse).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("definitionId", professionalPathway, "clientSubject", "client-" + UUID.randomUUID()))
                .post(PATH).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:digipolku:problem:idempotency-key-reused"));
        given().auth().oauth2(clientToken).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("definitionId", selfCarePathway)).post(PATH).then().statusCode(201);
        given().auth().oauth2(nurse).contentType(ContentType.JSON).header("Idempotency-Key", "bad key!")
                .body(body).post(PATH).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void othersCannotSeeAClientsSelfCarePathway() {
        String id = start(clientToken, Map.of("definitionId", selfCarePathway)).statusCode(201).extract().path("id");

        given().auth().oauth2(TestTokens.client("someone-else")).get(PATH + "/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.professional("youth-nurse", "youth-team")).get(PATH + "/" + id).then()
                .statusCode(404);
        given().auth().oauth2(admin).get(PATH + "/" + id).then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aProfessionalOpensTheirTeamsPathwayAndTheReadIsLogged() {
        String id = start(nurse, Map.of("definitionId", professionalPathway, "clientSubject", client))
                .statusCode(201).body("followedByTeam", equalTo(true)).body("clientSubject", equalTo(client))
                .extract().path("id");

        given().auth().oauth2(nurse).get(PATH + "?size=100").then().statusCode(200).body("items.id", hasItem(id));
        // The list shows the client to the professional: that is an access too.
        assertThat(accessLog.forClient(client, 0, 10)).extracting(e -> e.action()).containsExactly("read", "create");
        given().auth().oauth2(nurse).get(PATH + "/" + id).then().statusCode(200);
        given().auth().oauth2(otherTeam).get(PATH + "?size=100").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(otherTeam).get(PATH + "/" + id).then().statusCode(404);
        given().auth().oauth2(clientToken).get(PATH + "/" + id).then().statusCode(200);

        assertThat(accessLog.forClient(client, 0, 10)).extracting(e -> e.action())
                .contains("create", "read");
        assertThat(accessLog.forClient(client, 0, 10)).allMatch(e -> e.actorSubject().equals("nurse-1"));
        // messaging-service opens the channel from this event: the weight pathway has messaging on
        JsonNode started = events.ofType("enrollment.started").get(0);
        assertThat(started.at("/data/messagingEnabled").asBoolean()).isTrue();
        assertThat(started.at("/data/followedByTeam").asBoolean()).isTrue();
    }

    @Test
    void onlyTheTeamOpensAProfessionalPathway() {
        start(otherTeam, Map.of("definitionId", professionalPathway, "clientSubject", client)).statusCode(403)
                .contentType("application/problem+json");
        start(clientToken, Map.of("definitionId", professionalPathway)).statusCode(403);
        start(nurse, Map.of("definitionId", selfCarePathway, "clientSubject", client)).statusCode(403);
        start(nurse, Map.of("definitionId", professionalPathway)).statusCode(400)
                .body("errors[0].field", equalTo("clientSubject"));
        for (String token : List.of(admin, TestTokens.analyst("a"), TestTokens.integrator("i"))) {
            start(token, Map.of("definitionId", professionalPathway, "clientSubject", client)).statusCode(403);
        }
    }

    @Test
    void problemsComeInTheLanguageTheCallerAsksForFinnishByDefault() {
        String id = start(nurse, Map.of("definitionId", professionalPathway, "clientSubject", client))
                .statusCode(201).extract().path("id");
        given().auth().oauth2(nurse).contentType(ContentType.JSON).body(Map.of("reason", "muutti toiselle alueelle"))
                .header("If-Match", etag(id)).post(PATH + "/" + id + "/discontinue").then().statusCode(200);

        given().auth().oauth2(nurse).header("Accept-Language", "sv").header("If-Match", etag(id))
                .post(PATH + "/" + id + "/complete").then()
                .statusCode(409).contentType("application/problem+json").header("Content-Language", "sv")
                .body("title", equalTo("Begäran strider mot det aktuella tillståndet"))
                .body("detail", equalTo("Vårdstigen har redan avslutats (status DISCONTINUED)."));
        given().auth().oauth2(nurse).header("If-Match", etag(id)).post(PATH + "/" + id + "/complete").then()
                .statusCode(409).header("Content-Language", "fi")
                .body("title", equalTo("Pyyntö on ristiriidassa nykyisen tilan kanssa"))
                .body("detail", equalTo("Hoitopolku on jo päättynyt (tila DISCONTINUED)."));
        given().auth().oauth2(nurse).header("Accept-Language", "en").header("If-Match", etag(id))
                .post(PATH + "/" + id + "/complete").then()
                .statusCode(409).header("Content-Language", "en")
                .body("title", equalTo("The request conflicts with the current state"))
                .body("detail", equalTo("The enrollment is already DISCONTINUED."));

        String unknown = UUID.randomUUID().toString();
        given().auth().oauth2(clientToken).header("Accept-Language", "sv-FI, en;q=0.5").get(PATH + "/" + unknown)
                .then().statusCode(404).header("Content-Language", "sv").body("title", equalTo("Resursen finns inte"))
                .body("detail",
                        equalTo("Vårdstigen " + unknown + " finns inte, eller så har du inte rätt att se den."));
        given().auth().oauth2(clientToken).get(PATH + "/" + unknown).then().statusCode(404)
                .header("Content-Language", "fi").body("title", equalTo("Resurssia ei ole"))
                .body("detail", equalTo("Hoitopolkua " + unknown + " ei ole, tai sinulla ei ole oikeutta nähdä sitä."));
        given().auth().oauth2(clientToken).header("Accept-Language", "en").get(PATH + "/" + unknown).then()
                .statusCode(404).header("Content-Language", "en").body("title", equalTo("The resource does not exist"))
                .body("detail", equalTo("No enrollment " + unknown + " that you may see."));

        given().auth().oauth2(nurse).header("Accept-Language", "sv").contentType(ContentType.JSON)
                .body(Map.of("definitionId", professionalPathway)).post(PATH).then().statusCode(400)
                .header("Content-Language", "sv").body("detail", equalTo("Fältet clientSubject är ogiltigt."))
                .body("errors[0].field", equalTo("clientSubject"))
                .body("errors[0].message",
                        equalTo("är obligatoriskt när en yrkesperson startar en vårdstig för en klient"));
    }

    @Test
    void discontinuingNeedsAReasonFromProfessionalsAndHappensOnce() throws Exception {
        String id = start(nurse, Map.of("definitionId", professionalPathway, "clientSubject", client))
                .statusCode(201).extract().path("id");

        given().auth().oauth2(clientToken).contentType(ContentType.JSON).body(Map.of()).header("If-Match", etag(id))
                .post(PATH + "/" + id
                        + "/discontinue")
                .then().statusCode(403);
        given().auth().oauth2(clientToken).header("If-Match", etag(id)).post(PATH + "/" + id + "/complete").then()
                .statusCode(403);
        given().auth().oauth2(nurse).contentType(ContentType.JSON).body(Map.of()).header("If-Match", etag(id))
                .post(PATH + "/" + id
                        + "/discontinue")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(nurse).contentType(ContentType.JSON).body(Map.of("reason", "moved to another county"))
                .header("If-Match", etag(id)).post(PATH + "/" + id + "/discontinue").then().statusCode(200)
                .body("status", equalTo("DISCONTINUED"));
        given().auth().oauth2(nurse).header("If-Match", etag(id)).post(PATH + "/" + id + "/complete").then()
                .statusCode(409)
                .contentType("application/problem+json");

        given().auth().oauth2(clientToken).get(PATH + "?history=true").then().statusCode(200)
                .body("items.id", hasItem(id));
        given().auth().oauth2(clientToken).get(PATH).then().statusCode(200).body("items.id", not(hasItem(id)));
        JsonNode ended = events.all().stream()
                .filter(e -> e.get("type").asText().equals("fi.digipolku.enrollment.discontinued")).findFirst()
                .orElseThrow();
        assertThat(ended.toString()).doesNotContain("moved to another county");
        assertThat(ended.get("data").get("endedBy").asText()).isEqualTo("professional");
    }

    @Test
    void endingAnEndedEnrollmentAgainIsAConflictNotAForbidden() {
        String coached = start(nurse, Map.of("definitionId", professionalPathway, "clientSubject", client))
                .statusCode(201).extract().path("id");
        given().auth().oauth2(nurse).header("If-Match", etag(coached)).post(PATH + "/" + coached + "/complete").then()
                .statusCode(200);
        given().auth().oauth2(nurse).header("If-Match", etag(coached)).post(PATH + "/" + coached + "/complete").then()
                .statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:digipolku:problem:conflict"));
        given().auth().oauth2(clientToken).header("If-Match", etag(coached)).post(PATH + "/" + coached + "/complete")
                .then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(clientToken).contentType(ContentType.JSON).body(Map.of())
                .header("If-Match", etag(coached)).post(PATH + "/" + coached
                        + "/discontinue")
                .then().statusCode(409);
        given().auth().oauth2(nurse).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .header("If-Match", etag(coached)).post(PATH + "/" + coached + "/discontinue").then().statusCode(409);
        given().auth().oauth2(otherTeam).header("If-Match", etag(coached)).post(PATH + "/" + coached + "/complete")
                .then().statusCode(404);

        String selfCare = start(clientToken, Map.of("definitionId", selfCarePathway)).statusCode(201).extract()
                .path("id");
        given().auth().oauth2(clientToken).contentType(ContentType.JSON).body(Map.of())
                .header("If-Match", etag(selfCare)).post(PATH + "/" + selfCare
                        + "/discontinue")
                .then().statusCode(200);
        given().auth().oauth2(clientToken).header("If-Match", etag(selfCare)).post(PATH + "/" + selfCare + "/complete")
                .then().statusCode(409);
        given().auth().oauth2(clientToken).contentType(ContentType.JSON).body(Map.of())
                .header("If-Match", etag(selfCare)).post(PATH + "/" + selfCare
                        + "/discontinue")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void clientEndsTheirSelfCareAndTheTeamCompletesItsPathway() {
        String selfCare = start(clientToken, Map.of("definitionId", selfCarePathway)).statusCode(201).extract()
                .path("id");
        given().auth().oauth2(clientToken).contentType(ContentType.JSON).body(Map.of())
                .header("If-Match", etag(selfCare)).post(PATH + "/" + selfCare
                        + "/discontinue")
                .then().statusCode(200).body("status", equalTo("DISCONTINUED"));

        String coached = start(nurse, Map.of("definitionId", professionalPathway, "clientSubject", client))
                .statusCode(201).extract().path("id");
        given().auth().oauth2(otherTeam).header("If-Match", etag(coached)).post(PATH + "/" + coached + "/complete")
                .then().statusCode(404);
        given().auth().oauth2(nurse).header("If-Match", etag(coached)).post(PATH + "/" + coached + "/complete").then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"));
    }

    @Test
    void enrollmentsWhoseTimelinePassedExpire() throws Exception {
        String id = start(clientToken, Map.of("definitionId", selfCarePathway)).statusCode(201)
                .body("endsOn", equalTo(java.time.LocalDate.ofInstant(clock.instant(), TestClock.HELSINKI).plusDays(41)
                        .toString()))
                .extract().path("id");
        // on its last day (day 41 of 42) it is still running; the day after, it expires
        clock.advance(java.time.Duration.ofDays(41));
        service.expireDue(1000);
        given().auth().oauth2(clientToken).get(PATH + "/" + id).then().body("status", equalTo("ACTIVE"));
        String running = etag(id);
        clock.advance(java.time.Duration.ofDays(1));

        assertThat(service.expireDue(1000)).isGreaterThanOrEqualTo(1);
        given().auth().oauth2(clientToken).header("If-None-Match", running).get(PATH + "/" + id).then()
                .statusCode(200).body("status", equalTo("EXPIRED"));
        assertThat(etag(id)).as("the job's change moves the version").isNotEqualTo(running);
        assertThat(events.all()).anyMatch(e -> e.get("type").asText().equals("fi.digipolku.enrollment.expired")
                && e.get("subject").asText().equals(id));
    }

    @Test
    void badInputAndUnavailablePathwaysAreProblems() {
        start(clientToken, Map.of("definitionId", "not-a-uuid")).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("definitionId"));
        start(clientToken, Map.of()).statusCode(400).body("errors[0].field", equalTo("definitionId"));
        start(clientToken, Map.of("definitionId", UUID.randomUUID().toString())).statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(admin)
                .header("If-Match", Fixtures.etag(admin, "/api/v1/pathway-definitions/" + selfCarePathway))
                .post("/api/v1/pathway-definitions/" + selfCarePathway + "/retire").then().statusCode(200);
        start(clientToken, Map.of("definitionId", selfCarePathway)).statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(clientToken).get(PATH + "?page=-1").then().statusCode(400);
        given().auth().oauth2(clientToken).get(PATH + "/" + UUID.randomUUID()).then().statusCode(404);
        given().get(PATH).then().statusCode(401).contentType("application/problem+json");
    }
}
