package fi.digipolku.messaging.thread;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
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
import io.restassured.specification.RequestSpecification;

import fi.digipolku.messaging.Enrollments;
import fi.digipolku.support.testing.TestClock;
import fi.digipolku.support.testing.TestTokens;
import fi.digipolku.support.testing.events.OutboxEvents;

/**
 * Threads and messages sent with an Idempotency-Key: a retry of the same request gets what the first try made, the key
 * with another request is refused, keys are per person and forgotten after 24 hours.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class IdempotentSendingTest {

    private static final String PATH = ThreadResourceTest.PATH;
    private static final String KEY_REUSED = "urn:digipolku:problem:idempotency-key-reused";

    private final OutboxEvents events = new OutboxEvents();

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    private final String nurse = TestTokens.professional("nurse-1", "weight-team");
    private String client;
    private String clientToken;
    private UUID enrollment;
    private String key;

    @BeforeEach
    void setUp() {
        client = "client-" + UUID.randomUUID();
        clientToken = TestTokens.client(client);
        enrollment = Enrollments.followed(client, "weight-team");
        key = "key-" + UUID.randomUUID();
        events.clear();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Map<String, Object> question(String body) {
        return Map.of("enrollmentId", enrollment, "topic", "Kysymys", "body", body);
    }

    private ValidatableResponse open(String token, String idempotencyKey, Object body) {
        return given().auth().oauth2(token).header("Idempotency-Key", idempotencyKey).contentType(ContentType.JSON)
                .body(body).post(PATH).then();
    }

    private ValidatableResponse send(String token, String idempotencyKey, String thread, String body) {
        return given().auth().oauth2(token).header("Idempotency-Key", idempotencyKey).contentType(ContentType.JSON)
                .body(Map.of("body", body)).post(PATH + "/" + thread + "/messages").then();
    }

    private RequestSpecification multipart(String idempotencyKey) {
        return given().auth().oauth2(clientToken).header("Idempotency-Key", idempotencyKey)
                .contentType("multipart/form-data");
    }

    private String openThread() {
        return open(clientToken, "open-" + UUID.randomUUID(), question("Hei!")).statusCode(201).extract().path("id");
    }

    private void refused(ValidatableResponse response) {
        response.statusCode(422).contentType("application/problem+json").body("type", equalTo(KEY_REUSED));
    }

    private int threadsOfClient() {
        return given().auth().oauth2(clientToken).get(PATH).then().statusCode(200).extract().path("total");
    }

    private int messagesIn(String thread) {
        return given().auth().oauth2(clientToken).get(PATH + "/" + thread + "/messages").then().statusCode(200)
                .extract().path("total");
    }

    @Test
    void aRetriedOpenGetsTheFirstThreadAndOpensNothing() {
        String first = open(clientToken, key, question("Voinko syödä leipää?")).statusCode(201).extract().path("id");
        open(clientToken, key, question("Voinko syödä leipää?")).statusCode(200).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));

        assertThat(threadsOfClient()).isEqualTo(1);
        assertThat(messagesIn(first)).isEqualTo(1);
        assertThat(events.ofType("thread.opened")).hasSize(1);
        assertThat(events.ofType("message.sent")).hasSize(1);
    }

    @Test
    void theOpenKeyWithAnotherRequestIsRefusedAndNothingIsStored() {
        String thread = open(clientToken, key, question("Ensimmäinen")).statusCode(201).extract().path("id");
        events.clear();

        refused(open(clientToken, key, question("Toinen teksti")));
        refused(open(clientToken, key, Map.of("enrollmentId", enrollment, "topic", "Toinen aihe", "body",
                "Ensimmäinen")));
        // the same key on another operation (a message in the thread the key opened)
        refused(send(clientToken, key, thread, "Ensimmäinen"));

        assertThat(threadsOfClient()).isEqualTo(1);
        assertThat(messagesIn(thread)).isEqualTo(1);
        assertThat(events.all()).isEmpty();
    }

    @Test
    void anOpenKeyIsForgottenAfter24Hours() {
        String first = open(clientToken, key, question("Hei!")).statusCode(201).extract().path("id");
        clock.advance(Duration.ofHours(24).plusSeconds(1));

        String second = open(clientToken, key, question("Hei!")).statusCode(201).header("Idempotent-Replayed",
                nullValue()).extract().path("id");

        assertThat(second).isNotEqualTo(first);
        assertThat(threadsOfClient()).isEqualTo(2);
    }

    @Test
    void twoPeopleMayOpenWithTheSameKey() {
        String shared = "shared-" + UUID.randomUUID();
        String byClient = open(clientToken, shared, question("Hei!")).statusCode(201).extract().path("id");
        String byNurse = open(nurse, shared, question("Hei!")).statusCode(201).body("openedByRole",
                equalTo("professional")).extract().path("id");

        assertThat(byNurse).isNotEqualTo(byClient);
        assertThat(threadsOfClient()).isEqualTo(2);
    }

    @Test
    void aResentMessageGetsTheFirstAndIsStoredOnce() {
        String thread = openThread();
        events.clear();
        String first = send(clientToken, key, thread, "Tuplaviesti?").statusCode(201).extract().path("id");
        send(clientToken, key, thread, "Tuplaviesti?").statusCode(200).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first)).body("body", equalTo("Tuplaviesti?"));

        assertThat(messagesIn(thread)).isEqualTo(2);
        assertThat(events.ofType("message.sent")).hasSize(1);
    }

    @Test
    void theMessageKeyWithAnotherTextOrInAnotherThreadIsRefused() {
        String thread = openThread();
        String other = openThread();
        send(clientToken, key, thread, "Ensimmäinen").statusCode(201);
        events.clear();

        refused(send(clientToken, key, thread, "Toinen"));
        refused(send(clientToken, key, other, "Ensimmäinen"));
        refused(open(clientToken, key, question("Ensimmäinen")));

        assertThat(messagesIn(thread)).isEqualTo(2);
        assertThat(messagesIn(other)).isEqualTo(1);
        assertThat(threadsOfClient()).isEqualTo(2);
        assertThat(events.all()).isEmpty();
    }

    @Test
    void aMessageKeyIsForgottenAfter24Hours() {
        String thread = openThread();
        String first = send(clientToken, key, thread, "Hei").statusCode(201).extract().path("id");
        clock.advance(Duration.ofHours(24).plusSeconds(1));

        send(clientToken, key, thread, "Hei").statusCode(201).body("id", not(equalTo(first)));

        assertThat(messagesIn(thread)).isEqualTo(3);
    }

    @Test
    void theClientAndTheNurseMaySendWithTheSameKey() {
        String thread = openThread();
        String shared = "shared-" + UUID.randomUUID();
        String fromClient = send(clientToken, shared, thread, "Kysymys").statusCode(201).extract().path("id");
        String fromNurse = send(nurse, shared, thread, "Vastaus").statusCode(201).extract().path("id");

        assertThat(fromNurse).isNotEqualTo(fromClient);
        assertThat(messagesIn(thread)).isEqualTo(3);
    }

    @Test
    void aResentMessageWithFilesIsStoredOnceAndAnotherFileIsRefused() {
        String thread = openThread();
        events.clear();
        String first = multipart(key).multiPart("body", "Kuva ja lähete")
                .multiPart("file", "ihottuma.png", AttachmentResourceTest.PNG, "image/png")
                .multiPart("file", "lähete.pdf", AttachmentResourceTest.PDF, "application/pdf")
                .post(PATH + "/" + thread + "/messages").then().statusCode(201).body("attachments", hasSize(2))
                .extract().path("id");

        multipart(key).multiPart("body", "Kuva ja lähete")
                .multiPart("file", "ihottuma.png", AttachmentResourceTest.PNG, "image/png")
                .multiPart("file", "lähete.pdf", AttachmentResourceTest.PDF, "application/pdf")
                .post(PATH + "/" + thread + "/messages").then().statusCode(200).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first)).body("attachments", hasSize(2));

        byte[] otherBytes = AttachmentResourceTest.PDF.clone();
        otherBytes[otherBytes.length - 2] = 'X';
        refused(multipart(key).multiPart("body", "Kuva ja lähete")
                .multiPart("file", "ihottuma.png", AttachmentResourceTest.PNG, "image/png")
                .multiPart("file", "lähete.pdf", otherBytes, "application/pdf")
                .post(PATH + "/" + thread + "/messages").then());
        refused(multipart(key).multiPart("body", "Kuva ja lähete")
                .multiPart("file", "kuva.png", AttachmentResourceTest.PNG, "image/png")
                .multiPart("file", "lähete.pdf", AttachmentResourceTest.PDF, "application/pdf")
                .post(PATH + "/" + thread + "/messages").then());
        refused(multipart(key).multiPart("body", "Kuva ja lähete")
                .multiPart("file", "ihottuma.png", AttachmentResourceTest.PNG, "application/octet-stream")
                .multiPart("file", "lähete.pdf", AttachmentResourceTest.PDF, "application/pdf")
                .post(PATH + "/" + thread + "/messages").then());
        refused(multipart(key).multiPart("body", "Kuva ja lähete")
                .multiPart("file", "ihottuma.png", AttachmentResourceTest.PNG, "image/png")
                .post(PATH + "/" + thread + "/messages").then());
        refused(multipart(key).multiPart("body", "Toinen teksti")
                .multiPart("file", "ihottuma.png", AttachmentResourceTest.PNG, "image/png")
                .multiPart("file", "lähete.pdf", AttachmentResourceTest.PDF, "application/pdf")
                .post(PATH + "/" + thread + "/messages").then());

        assertThat(messagesIn(thread)).isEqualTo(2);
        assertThat(events.ofType("message.sent")).hasSize(1);
    }

    @Test
    void aMessageWithFilesIsNewAfter24Hours() {
        String thread = openThread();
        String first = multipart(key).multiPart("file", "kuva.png", AttachmentResourceTest.PNG, "image/png")
                .post(PATH + "/" + thread + "/messages").then().statusCode(201).extract().path("id");
        clock.advance(Duration.ofHours(24).plusSeconds(1));

        multipart(key).multiPart("file", "kuva.png", AttachmentResourceTest.PNG, "image/png")
                .post(PATH + "/" + thread + "/messages").then().statusCode(201).body("id", not(equalTo(first)))
                .body("attachments", hasSize(1));

        assertThat(messagesIn(thread)).isEqualTo(3);
    }

    @Test
    void aTextSentAsJsonAndRetriedAsAFormWithoutFilesIsTheSameMessage() {
        String thread = openThread();
        String first = send(clientToken, key, thread, "Sama teksti").statusCode(201).extract().path("id");

        multipart(key).multiPart("body", "Sama teksti").post(PATH + "/" + thread + "/messages").then()
                .statusCode(200).header("Idempotent-Replayed", "true").body("id", equalTo(first));

        assertThat(messagesIn(thread)).isEqualTo(2);
    }

    @Test
    void aRefusedFirstTryRemembersNothing() {
        String thread = openThread();
        send(clientToken, key, thread, "x".repeat(4001)).statusCode(400);

        send(clientToken, key, thread, "Nyt tekstin kanssa").statusCode(201);
    }

    @Test
    void aKeyCarriedOverFromTheOldColumnsReplaysInItsThreadOnly() {
        String thread = openThread();
        String first = send(clientToken, key, thread, "Vanha viesti").statusCode(201).extract().path("id");
        // as migration V2 carries a key over from message.idempotency_key: without a request hash
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE idempotency_key SET request_hash = '' WHERE owner_subject = ?1 AND key = ?2")
                .setParameter(1, client).setParameter(2, key).executeUpdate());

        send(clientToken, key, thread, "Toinen teksti").statusCode(200).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        // the old keys were per thread: in another thread the key sends a new message
        String other = openThread();
        send(clientToken, key, other, "Vanha viesti").statusCode(201);

        assertThat(messagesIn(thread)).isEqualTo(2);
        assertThat(messagesIn(other)).isEqualTo(2);
    }
}
