package fi.digipolku.metrics.intake;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

import fi.digipolku.support.event.EventEnvelope;
import fi.digipolku.support.testing.TestClock;
import fi.digipolku.support.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PathwayIntakeTest {

    private static final String REPORT = "/api/v1/reports/pathways?size=100";

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    ObjectMapper json;

    @Inject
    TestClock clock;

    private String published(String definitionId, int version, String name, String team) {
        CloudEvent event = EventEnvelope.create("/pathway-service", "definition.published", definitionId,
                json.valueToTree(Map.of("definitionId", definitionId, "version", version, "name", name, "kind",
                        "PROFESSIONAL", "careTeam", team)),
                clock.instant());
        return EventEnvelope.toJson(event);
    }

    private void send(String message) {
        connector.source(EventIntake.PATHWAY_EVENTS).send(List.of(message)); // the channel takes batches
    }

    private List<Map<String, Object>> pathways(String token) {
        return given().auth().oauth2(token).get(REPORT).then().statusCode(200).extract().jsonPath()
                .getList("items");
    }

    private static JsonPath report(String token) {
        return given().auth().oauth2(token).get(REPORT).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void publishedPathwaysAppearInReportsOnceAndAtTheirLatestVersion() {
        String id = UUID.randomUUID().toString();
        String v2 = published(id, 2, "Diabetes v2", "diabetes-team");
        send(v2);
        send(published(id, 1, "Diabetes v1", "diabetes-team"));
        send(v2);
        send("this is not a cloud event");

        String analyst = TestTokens.analyst("analyst-1");
        await().atMost(Duration.ofSeconds(10)).until(() -> report(analyst).getList("items.definitionId").contains(id));
        JsonPath report = report(analyst);
        List<Map<String, Object>> mine = report.<Map<String, Object>>getList("items").stream()
                .filter(p -> id.equals(p.get("definitionId"))).toList();
        org.assertj.core.api.Assertions.assertThat(mine).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(mine.get(0)).containsEntry("latestVersion", 2)
                .containsEntry("name", "Diabetes v2");
    }

    @Test
    void aBatchWithARedeliveryAndAnUnreadableEventAppliesEachReadableEventOnce() {
        String id = UUID.randomUUID().toString();
        String v1 = published(id, 1, "Asthma v1", "asthma-team");
        String v2 = published(id, 2, "Asthma v2", "asthma-team");
        connector.source(EventIntake.PATHWAY_EVENTS).send(List.of(v2, "this is not a cloud event", v1, v2));

        String analyst = TestTokens.analyst("analyst-2");
        await().atMost(Duration.ofSeconds(10)).until(() -> report(analyst).getList("items.definitionId").contains(id));
        List<Map<String, Object>> mine = report(analyst).<Map<String, Object>>getList("items").stream()
                .filter(p -> id.equals(p.get("definitionId"))).toList();
        org.assertj.core.api.Assertions.assertThat(mine).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(mine.get(0)).containsEntry("latestVersion", 2)
                .containsEntry("name", "Asthma v2");
    }

    @Test
    void professionalsSeeTheirOwnTeamsPathwaysOnly() {
        String ours = UUID.randomUUID().toString();
        String theirs = UUID.randomUUID().toString();
        send(published(ours, 1, "Ours", "weight-team"));
        send(published(theirs, 1, "Theirs", "osteoporosis-team"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> report(TestTokens.admin("a")).getList("items.definitionId").contains(theirs));

        given().auth().oauth2(TestTokens.professional("nurse", "weight-team")).get(REPORT).then().statusCode(200)
                .body("items.definitionId", hasItem(ours)).body("items.definitionId", not(hasItem(theirs)));
    }

    @Test
    void clientsAndIntegratorsAreRefusedAndBadPagingIsAProblem() {
        for (String token : List.of(TestTokens.client("c"), TestTokens.integrator("i"))) {
            given().auth().oauth2(token).get(REPORT).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        given().get(REPORT).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.analyst("a")).get("/api/v1/reports/pathways?page=-1").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("page"));
    }
}
