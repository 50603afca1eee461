package fi.digipolku.messaging.thread;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import fi.digipolku.messaging.Enrollments;
import fi.digipolku.support.testing.TestTokens;
import fi.digipolku.support.testing.events.OutboxEvents;

/**
 * Claiming, assigning and closing a thread name the ETag the professional read (If-Match): without it 428, with an
 * older one 412, and nothing changes in either case. The ETag is the thread as its reader sees it: it moves with every
 * change of the thread and with the reader's own unread count, never with what someone else read.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ThreadPreconditionTest {

    private static final String PATH = ThreadResourceTest.PATH + "/";
    private static final String REQUIRED = "urn:digipolku:problem:precondition-required";
    private static final String STALE = "urn:digipolku:problem:precondition-failed";

    private final OutboxEvents events = new OutboxEvents();
    private final String nurse = TestTokens.professional("nurse-p", "weight-team");
    private final String colleague = TestTokens.professional("nurse-q", "weight-team");
    private String clientToken;
    private String thread;

    @BeforeEach
    void setUp() {
        String client = "client-" + UUID.randomUUID();
        clientToken = TestTokens.client(client);
        UUID enrollment = Enrollments.followed(client, "weight-team");
        thread = ThreadResourceTest.open(clientToken, Map.of("enrollmentId", enrollment, "topic", "Liikunta",
                "body", "Saako polvikivun kanssa kävellä?")).statusCode(201).extract().path("id");
        events.clear();
    }

    private String etag(String token) {
        return ThreadResourceTest.etag(token, thread);
    }

    private ValidatableResponse read(String token, String ifNoneMatch) {
        return given().auth().oauth2(token).header("If-None-Match", ifNoneMatch).get(PATH + thread).then();
    }

    /** The change of each operation, by the nurse, with this If-Match (none when null). */
    private ValidatableResponse change(String operation, String ifMatch) {
        return change(nurse, operation, ifMatch);
    }

    private ValidatableResponse change(String token, String operation, String ifMatch) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return switch (operation) {
            case "claim" -> request.post(PATH + thread + "/claim").then();
            case "assign" -> request.body(Map.of("assignee", "nurse-q")).put(PATH + thread + "/assignee").then();
            case "close" -> request.post(PATH + thread + "/close").then();
            default -> throw new IllegalArgumentException(operation);
        };
    }

    @Test
    void theThreadCarriesItsETagAndAnswersAMatchingReadWith304() {
        String first = given().auth().oauth2(nurse).get(PATH + thread).then().statusCode(200)
                .body("$", not(hasKey("rowVersion"))).body("$", not(hasKey("etag"))).extract().header("ETag");
        assertThat(first).matches("\"\\d+\"");
        read(nurse, first).statusCode(304).body(emptyString());

        ThreadResourceTest.post(clientToken, thread, "Entä portaat?").statusCode(201);
        String second = read(nurse, first).statusCode(200).body("unread", equalTo(2)).extract().header("ETag");
        assertThat(second).matches("\"\\d+\"").isNotEqualTo(first);
        read(nurse, second).statusCode(304);
    }

    @Test
    void withoutIfMatchOrWithAStaleOrMalformedOneNothingChanges() {
        String stale = etag(nurse);
        ThreadResourceTest.post(clientToken, thread, "Vielä yksi kysymys").statusCode(201);
        String current = etag(nurse);
        events.clear();
        for (String operation : List.of("claim", "assign", "close")) {
            change(operation, null).statusCode(428).contentType("application/problem+json")
                    .body("type", equalTo(REQUIRED)).body("status", equalTo(428));
            change(operation, stale).statusCode(412).contentType("application/problem+json")
                    .body("type", equalTo(STALE)).body("detail", containsString(current));
            change(operation, "W/\"x\"").statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("If-Match"));
        }
        given().auth().oauth2(nurse).get(PATH + thread).then().statusCode(200).header("ETag", current)
                .body("status", equalTo("OPEN")).body("assignee", nullValue());
        assertThat(events.all()).as("nothing changed").isEmpty();
    }

    @Test
    void eachChangeWithTheCurrentETagIsMadeAndAnswersTheNewOne() {
        for (String operation : List.of("claim", "assign", "close")) {
            String current = etag(nurse);
            String changed = change(operation, current).statusCode(200).extract().header("ETag");
            assertThat(changed).as(operation).matches("\"\\d+\"").isNotEqualTo(current);
            assertThat(etag(nurse)).as(operation).isEqualTo(changed);
        }
        given().auth().oauth2(nurse).get(PATH + thread).then().body("status", equalTo("CLOSED"))
                .body("assignee", equalTo("nurse-q"));
        assertThat(events.ofType("thread.closed")).hasSize(1);
    }

    @Test
    void aMessageSentInBetweenMakesTheChangeStale() {
        String read = etag(nurse);
        ThreadResourceTest.post(clientToken, thread, "Kävelin jo tänään").statusCode(201);

        change("close", read).statusCode(412).body("type", equalTo(STALE));
        given().auth().oauth2(nurse).get(PATH + thread).then().body("status", equalTo("OPEN"));
        change("close", etag(nurse)).statusCode(200).body("status", equalTo("CLOSED"));
    }

    @Test
    void readingMovesOnlyTheReadersOwnETag() {
        String nurses = etag(nurse);
        String colleagues = etag(colleague);
        String clients = etag(clientToken);

        String afterRead = given().auth().oauth2(nurse).post(PATH + thread + "/read").then().statusCode(200)
                .body("unread", equalTo(0)).extract().header("ETag");
        assertThat(afterRead).isNotEqualTo(nurses);
        read(nurse, nurses).statusCode(200).header("ETag", afterRead).body("unread", equalTo(0));
        read(colleague, colleagues).statusCode(304);
        read(clientToken, clients).statusCode(304);

        ThreadResourceTest.post(nurse, thread, "Kävely sopii hyvin.").statusCode(201);
        clients = etag(clientToken);
        String colleagueAfterReply = etag(colleague);
        given().auth().oauth2(clientToken).post(PATH + thread + "/read").then().statusCode(200)
                .body("unread", equalTo(0));
        read(clientToken, clients).statusCode(200).body("unread", equalTo(0));

        change(colleague, "claim", colleagueAfterReply).statusCode(200).body("assignee", equalTo("nurse-q"));
    }

    @Test
    void whoMayNotChangeTheThreadLearnsNothingOfItsETag() {
        String current = etag(nurse);
        String stranger = TestTokens.professional("physio-p", "osteoporosis-team");
        for (String operation : List.of("claim", "assign", "close")) {
            change(stranger, operation, null).statusCode(404).body(not(containsString(current)));
            change(stranger, operation, "\"0\"").statusCode(404).body(not(containsString(current)));
            change(clientToken, operation, null).statusCode(403).body(not(containsString(current)));
        }
        given().auth().oauth2(stranger).header("If-None-Match", current).get(PATH + thread).then().statusCode(404);
        given().auth().oauth2(nurse).get(PATH + thread).then().header("ETag", current).body("status",
                equalTo("OPEN"));
    }
}
