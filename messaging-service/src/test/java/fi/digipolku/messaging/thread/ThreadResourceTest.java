package fi.digipolku.messaging.thread;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import fi.digipolku.messaging.Enrollments;
import fi.digipolku.support.accesslog.AccessLog;
import fi.digipolku.support.testing.Concurrently;
import fi.digipolku.support.testing.TestClock;
import fi.digipolku.support.testing.TestTokens;
import fi.digipolku.support.testing.events.OutboxEvents;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ThreadResourceTest {

    static final String PATH = "/api/v1/threads";

    private final OutboxEvents events = new OutboxEvents();

    @Inject
    AccessLog accessLog;

    @Inject
    TestClock clock;

    private final String nurse = TestTokens.professional("nurse-1", "weight-team", "diabetes-team");
    private final String otherTeam = TestTokens.professional("physio-1", "osteoporosis-team");
    private final String otherClient = TestTokens.client("client-other");
    private String client;
    private String clientToken;
    private UUID enrollment;

    @BeforeEach
    void setUp() {
        client = "client-" + UUID.randomUUID();
        clientToken = TestTokens.client(client);
        enrollment = Enrollments.followed(client, "weight-team");
        events.clear();
    }

    static ValidatableResponse open(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(PATH).then();
    }

    static ValidatableResponse post(String token, String threadId, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("body", body))
                .post(PATH + "/" + threadId + "/messages").then();
    }

    /** The thread's ETag as this caller reads it. */
    static String etag(String token, String threadId) {
        return given().auth().oauth2(token).get(PATH + "/" + threadId).then().statusCode(200).extract().header("ETag");
    }

    private String openThread() {
        return open(clientToken, Map.of("enrollmentId", enrollment, "topic", "Painonhallinta",
                "body", "Voinko syödä leipää?")).statusCode(201).extract().path("id");
    }

    @Test
    void clientOpensAThreadAndTheTeamIsToldWithoutTheText() {
        String id = open(clientToken, Map.of("enrollmentId", enrollment, "topic", "Painonhallinta",
                "body", "Voinko syödä leipää illalla?")).statusCode(201)
                .body("status", equalTo("OPEN")).body("careTeam", equalTo("weight-team"))
                .body("openedByRole", equalTo("client")).body("awaitingReply", equalTo(true))
                .body("dueAt", notNullValue()).body("unread", equalTo(0)).extract().path("id");

        given().auth().oauth2(clientToken).get(PATH + "/" + id + "/messages").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].body", equalTo("Voinko syödä leipää illalla?"))
                .body("items[0].senderRole", equalTo("client")).body("items[0].seenByRecipient", equalTo(false));

        JsonNode opened = events.ofType("thread.opened").get(0);
        assertThat(opened.get("subject").asText()).isEqualTo(id);
        assertThat(opened.at("/data/careTeam").asText()).isEqualTo("weight-team");
        assertThat(opened.at("/data/openedBy").asText()).isEqualTo("client");
        assertThat(opened.path("data").has("team")).isFalse();
        JsonNode sent = events.ofType("message.sent").get(0);
        assertThat(sent.at("/data/senderRole").asText()).isEqualTo("client");
        assertThat(sent.at("/data/startedClock").asBoolean()).isTrue();
        assertThat(sent.toString()).doesNotContain("leipää").doesNotContain("Painonhallinta");
    }

    @Test
    void aRetriedOpenWithTheSameKeyIsStoredOnce() {
        Map<String, Object> body = Map.of("enrollmentId", enrollment, "topic", "Kysymys", "body", "Hei!");
        String first = given().auth().oauth2(clientToken).header("Idempotency-Key", "open-1")
                .contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(201).extract().path("id");
        given().auth().oauth2(clientToken).header("Idempotency-Key", "open-1").contentType(ContentType.JSON)
                .body(body).post(PATH).then().statusCode(200).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        given().auth().oauth2(clientToken).get(PATH).then().statusCode(200).body("total", equalTo(1));
        assertThat(events.ofType("thread.opened")).hasSize(1);
    }

    @Test
    void retriesSentBeforeTheFirstTryEndedOpenOneThread() throws Exception {
        Map<String, Object> body = Map.of("enrollmentId", enrollment, "topic", "Kysymys", "body", "Hei!");
        for (int round = 0; round < 5; round++) {
            String key = "open-race-" + round;
            List<Integer> statuses = Concurrently.statuses(3, () -> given().auth().oauth2(clientToken)
                    .header("Idempotency-Key", key).contentType(ContentType.JSON).body(body).post(PATH).statusCode());
            assertThat(statuses).as("one opened, the others replayed, none refused").containsExactly(200, 200, 201);
        }
        given().auth().oauth2(clientToken).get(PATH).then().statusCode(200).body("total", equalTo(5));
        assertThat(events.ofType("thread.opened")).hasSize(5);
    }

    @Test
    void onlyTheClientAndTheirTeamMayOpenAThread() {
        Map<String, Object> body = Map.of("enrollmentId", enrollment, "topic", "Kysymys", "body", "Hei!");
        open(otherClient, body).statusCode(403).contentType("application/problem+json");
        open(otherTeam, body).statusCode(403);
        open(TestTokens.admin("admin-1"), body).statusCode(403);
        open(nurse, body).statusCode(201).body("openedByRole", equalTo("professional"))
                .body("awaitingReply", equalTo(false)).body("dueAt", nullValue());
        open(clientToken, Map.of("enrollmentId", UUID.randomUUID(), "topic", "Kysymys", "body", "Hei!"))
                .statusCode(404);
    }

    @Test
    void aPathwayWithoutMessagingOrWithoutTeamFollowUpHasNoChannel() {
        UUID silent = Enrollments.started(client, "weight-team", false, true);
        UUID selfCare = Enrollments.started(client, "weight-team", true, false);
        open(clientToken, Map.of("enrollmentId", silent, "topic", "Kysymys", "body", "Hei!")).statusCode(409);
        open(clientToken, Map.of("enrollmentId", selfCare, "topic", "Kysymys", "body", "Hei!")).statusCode(409);
    }

    @Test
    void badTextIsRefusedWithEveryError() {
        open(clientToken, Map.of("enrollmentId", enrollment, "topic", "", "body", "")).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("body"));
        open(clientToken, Map.of("enrollmentId", enrollment, "topic", "Kysymys", "body", "x".repeat(4001)))
                .statusCode(400).body("errors[0].field", equalTo("body"));
        open(clientToken, Map.of("enrollmentId", enrollment, "topic", "Kysymys", "body", "nolla\u0000merkki"))
                .statusCode(400).body("errors[0].field", equalTo("body"));
        open(clientToken, Map.of("enrollmentId", "not-a-uuid", "topic", "Kysymys", "body", "Hei")).statusCode(400);
        given().auth().oauth2(clientToken).contentType(ContentType.JSON).body("{").post(PATH).then()
                .statusCode(400).contentType("application/problem+json");

        String id = openThread();
        post(clientToken, id, "   ").statusCode(400);
        post(clientToken, id, "ä".repeat(4000)).statusCode(201);
        post(clientToken, id, "ä".repeat(4001)).statusCode(400);
    }

    @Test
    void theFirstReplyRecordsTheResponseTimeOnce() {
        String id = openThread();
        post(clientToken, id, "Toinen kysymys samaan").statusCode(201);
        events.clear();

        post(nurse, id, "Voit, kohtuudella.").statusCode(201).body("senderRole", equalTo("professional"));
        given().auth().oauth2(clientToken).get(PATH + "/" + id).then().statusCode(200)
                .body("awaitingReply", equalTo(false)).body("dueAt", nullValue()).body("unread", equalTo(1))
                .body("firstResponse.withinPromise", equalTo(true))
                .body("firstResponse.seconds", notNullValue());
        List<JsonNode> first = events.ofType("thread.first-response");
        assertThat(first).hasSize(1);
        assertThat(first.get(0).at("/data/withinPromise").asBoolean()).isTrue();
        assertThat(first.get(0).at("/data/seconds").asLong()).isBetween(0L, 60L);
        assertThat(first.get(0).at("/data/workingSeconds").asLong()).isBetween(0L, 60L);

        post(clientToken, id, "Kiitos! Entä perunat?").statusCode(201);
        post(nurse, id, "Nekin kohtuudella.").statusCode(201);
        assertThat(events.ofType("thread.first-response")).hasSize(1);
        assertThat(events.ofType("message.sent")).hasSize(3);
        given().get("/q/metrics").then().statusCode(200).body(org.hamcrest.Matchers.containsString(
                "digipolku_message_first_response_working_seconds_count{team=\"weight-team\",within_promise=\"true\"}"));
    }

    @Test
    void aResentMessageIsStoredOnce() {
        String id = openThread();
        String first = given().auth().oauth2(clientToken).header("Idempotency-Key", "m-1")
                .contentType(ContentType.JSON).body(Map.of("body", "Tuplaviesti?"))
                .post(PATH + "/" + id + "/messages").then().statusCode(201).extract().path("id");
        given().auth().oauth2(clientToken).header("Idempotency-Key", "m-1").contentType(ContentType.JSON)
                .body(Map.of("body", "Tuplaviesti?")).post(PATH + "/" + id + "/messages").then().statusCode(200)
                .body("id", equalTo(first));
        given().auth().oauth2(clientToken).get(PATH + "/" + id + "/messages").then().body("total", equalTo(2));
        given().auth().oauth2(clientToken).header("Idempotency-Key", "bad key!").contentType(ContentType.JSON)
                .body(Map.of("body", "x")).post(PATH + "/" + id + "/messages").then().statusCode(400);
    }

    @Test
    void othersCannotReadOrWriteTheThread() {
        String id = openThread();
        given().auth().oauth2(otherClient).get(PATH + "/" + id).then().statusCode(404);
        given().auth().oauth2(otherTeam).get(PATH + "/" + id + "/messages").then().statusCode(404);
        post(otherTeam, id, "Hei").statusCode(404);
        post(otherClient, id, "Hei").statusCode(404);
        given().auth().oauth2(otherClient).post(PATH + "/" + id + "/read").then().statusCode(404);
        given().auth().oauth2(otherTeam).post(PATH + "/" + id + "/read").then().statusCode(404);
        given().auth().oauth2(TestTokens.analyst("analyst-1")).get(PATH + "/" + id).then().statusCode(403);
        given().get(PATH + "/" + id).then().statusCode(401);
        given().auth().oauth2(clientToken).get(PATH + "/not-a-uuid").then().statusCode(404);
    }

    @Test
    void aProblemSpeaksTheCallersLanguage() {
        String missing = UUID.randomUUID().toString();
        given().auth().oauth2(clientToken).header("Accept-Language", "sv").get(PATH + "/" + missing).then()
                .statusCode(404).header("Content-Language", "sv").body("title", equalTo("Resursen finns inte"))
                .body("detail", equalTo("Det finns ingen meddelandetråd " + missing + " som du får se."));
        given().auth().oauth2(clientToken).get(PATH + "/" + missing).then().statusCode(404)
                .header("Content-Language", "fi").body("title", equalTo("Resurssia ei ole"))
                .body("detail", equalTo("Sinulle näkyvää viestiketjua " + missing + " ei ole."));
        given().auth().oauth2(clientToken).header("Accept-Language", "en").get(PATH + "/" + missing).then()
                .statusCode(404).header("Content-Language", "en").body("title", equalTo("The resource does not exist"))
                .body("detail", equalTo("No thread " + missing + " that you may see."));

        String id = openThread();
        given().auth().oauth2(clientToken).header("Accept-Language", "sv-FI, fi;q=0.5").contentType(ContentType.JSON)
                .body(Map.of("body", "x".repeat(4001))).post(PATH + "/" + id + "/messages").then().statusCode(400)
                .header("Content-Language", "sv").body("detail", equalTo("Meddelandet är ogiltigt."))
                .body("errors[0].message", equalTo("får vara högst 4000 tecken"));
        given().auth().oauth2(nurse).header("If-Match", etag(nurse, id)).post(PATH + "/" + id + "/close").then()
                .statusCode(200);
        post(clientToken, id, "Vielä yksi").statusCode(409).header("Content-Language", "fi")
                .body("title", equalTo("Pyyntö on ristiriidassa nykyisen tilan kanssa")).body("detail", equalTo(
                        "Viestiketju on suljettu; sitä voi yhä lukea, mutta siihen ei voi lähettää uusia viestejä."));
    }

    @Test
    void professionalReadsAreAccessLogged() {
        String id = openThread();
        given().auth().oauth2(nurse).get(PATH + "/" + id + "/messages").then().statusCode(200);
        assertThat(accessLog.forClient(client, 0, 50)).anySatisfy(entry -> {
            assertThat(entry.actorSubject()).isEqualTo("nurse-1");
            assertThat(entry.resource()).isEqualTo("thread/" + id + "/messages");
        });
        given().auth().oauth2(nurse).get(PATH + "?enrollmentId=" + enrollment).then().statusCode(200)
                .body("total", equalTo(1));
        given().auth().oauth2(nurse).get(PATH).then().statusCode(400);
        given().auth().oauth2(otherTeam).get(PATH + "?enrollmentId=" + enrollment).then().statusCode(404);
    }

    @Test
    void readStateShowsUnreadCountsAndWhatTheOtherSideHasSeen() {
        String id = openThread();
        given().auth().oauth2(nurse).get(PATH + "/" + id).then().body("unread", equalTo(1));
        given().auth().oauth2(nurse).post(PATH + "/" + id + "/read").then().statusCode(200)
                .body("unread", equalTo(0));
        given().auth().oauth2(clientToken).get(PATH + "/" + id + "/messages").then()
                .body("items[0].seenByRecipient", equalTo(true));

        post(nurse, id, "Vastaus 1").statusCode(201);
        post(nurse, id, "Vastaus 2").statusCode(201);
        given().auth().oauth2(clientToken).get(PATH + "/unread").then().statusCode(200)
                .body("threads", equalTo(1)).body("messages", equalTo(2));
        given().auth().oauth2(nurse).get(PATH + "/" + id + "/messages").then()
                .body("items[0].seenByRecipient", equalTo(false));
        given().auth().oauth2(clientToken).post(PATH + "/" + id + "/read").then().statusCode(200)
                .body("unread", equalTo(0));
        given().auth().oauth2(clientToken).get(PATH + "/unread").then().body("messages", equalTo(0));
        given().auth().oauth2(nurse).get(PATH + "/" + id + "/messages").then()
                .body("items[0].seenByRecipient", equalTo(true));
        given().auth().oauth2(nurse).get(PATH + "/unread").then().statusCode(403);
    }

    @Test
    void aThreadClosesWhenItsEnrollmentEndsAndStaysReadable() {
        String id = openThread();
        events.clear();
        Enrollments.ended(enrollment, client, "weight-team", "enrollment.completed");

        given().auth().oauth2(clientToken).get(PATH + "/" + id).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closedReason", equalTo("enrollment-completed"));
        given().auth().oauth2(clientToken).get(PATH + "/" + id + "/messages").then().statusCode(200)
                .body("total", equalTo(1));
        post(clientToken, id, "Vielä yksi").statusCode(409).contentType("application/problem+json");
        post(nurse, id, "Vielä yksi").statusCode(409);
        open(clientToken, Map.of("enrollmentId", enrollment, "topic", "Uusi", "body", "Hei")).statusCode(409);
        JsonNode closed = events.ofType("thread.closed").get(0);
        assertThat(closed.at("/data/unanswered").asBoolean()).isTrue();
        given().auth().oauth2(clientToken).get(PATH + "?status=CLOSED").then().body("total", equalTo(1));
        given().auth().oauth2(clientToken).get(PATH + "?status=GONE").then().statusCode(400);
    }

    @Test
    void professionalsClaimAssignAndCloseThreads() {
        String id = openThread();
        String claimed = given().auth().oauth2(nurse).header("If-Match", etag(nurse, id))
                .post(PATH + "/" + id + "/claim").then().statusCode(200).body("assignee", equalTo("nurse-1"))
                .extract().header("ETag");
        given().auth().oauth2(clientToken).get(PATH + "/" + id).then().body("assignee", nullValue());
        String assigned = given().auth().oauth2(nurse).header("If-Match", claimed).contentType(ContentType.JSON)
                .body(Map.of("assignee", "nurse-2")).put(PATH + "/" + id + "/assignee").then().statusCode(200)
                .body("assignee", equalTo("nurse-2")).extract().header("ETag");
        given().auth().oauth2(nurse).header("If-Match", assigned).contentType(ContentType.JSON)
                .body(Map.of("assignee", "no spaces")).put(PATH + "/" + id + "/assignee").then().statusCode(400);
        given().auth().oauth2(clientToken).post(PATH + "/" + id + "/claim").then().statusCode(403);
        given().auth().oauth2(otherTeam).post(PATH + "/" + id + "/claim").then().statusCode(404);
        given().auth().oauth2(clientToken).post(PATH + "/" + id + "/close").then().statusCode(403);

        String closed = given().auth().oauth2(nurse).header("If-Match", assigned).post(PATH + "/" + id + "/close")
                .then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("closedReason", equalTo("professional")).extract().header("ETag");
        given().auth().oauth2(nurse).header("If-Match", closed).post(PATH + "/" + id + "/close").then()
                .statusCode(409);
        given().auth().oauth2(nurse).header("If-Match", closed).post(PATH + "/" + id + "/claim").then()
                .statusCode(409);
        assertThat(events.ofType("thread.closed")).hasSize(1);
    }

    @Test
    void theClientSeesWhenAReplyIsDue() {
        String id = openThread();
        JsonNode sent = events.ofType("message.sent").get(0);
        Instant dueAt = Instant.parse(sent.at("/data/dueAt").asText());
        assertThat(dueAt).isAfter(clock.instant());
        given().auth().oauth2(clientToken).get(PATH + "/" + id).then()
                .body("dueAt", equalTo(dueAt.toString()));
    }
}
