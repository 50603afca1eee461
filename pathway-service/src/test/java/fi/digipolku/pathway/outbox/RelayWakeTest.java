package fi.digipolku.pathway.outbox;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

import fi.digipolku.pathway.Fixtures;
import fi.digipolku.support.outbox.OutboxRelay;
import fi.digipolku.support.testing.TestTokens;

/**
 * An event leaves as soon as the transaction that wrote it commits: with the relay's poll an hour apart, a published
 * pathway's event still reaches the broker at once, woken by the commit.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@TestProfile(RelayWakeTest.HourlyPoll.class)
class RelayWakeTest {

    /** The poll an hour apart, after its first round a second after start-up. */
    public static class HourlyPoll implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("digipolku.outbox.poll-interval", "1h");
        }
    }

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void anEventIsRelayedWhenItsTransactionCommitsWithoutWaitingForThePoll() throws InterruptedException {
        Thread.sleep(3000); // past the poll's first round (2 s after start-up); the next is an hour away
        var sink = connector.sink(OutboxRelay.CHANNEL);
        sink.clear();
        String admin = TestTokens.admin("admin-1");
        var created = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Fixtures.weightManagement())
                .post("/api/v1/pathway-definitions").then().statusCode(201).extract();
        String id = created.path("id");
        given().auth().oauth2(admin).header("If-Match", created.header("ETag"))
                .post("/api/v1/pathway-definitions/" + id + "/publish").then().statusCode(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> sink.received().stream()
                .anyMatch(m -> String.valueOf(m.getPayload()).contains("\"subject\":\"" + id + "\"")));
    }
}
