package fi.digipolku.metrics.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import fi.digipolku.metrics.prometheus.DomainGauges;
import fi.digipolku.metrics.testing.EventStreams;
import fi.digipolku.metrics.testing.ShareInvariant;
import fi.digipolku.support.testing.TestClock;
import fi.digipolku.support.testing.TestTokens;
import fi.digipolku.support.testing.events.InMemoryEvents;

/**
 * The share invariant ({@link ShareInvariant}) over generated event streams, end to end: the streams go through the
 * intake, and every figure of the JSON report (every page), the CSV and the {@code digipolku_*} gauges of the stream's
 * team is checked.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ShareInvariantTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int STREAMS = 4;

    @Inject
    EntityManager em;

    @Inject
    DomainGauges gauges;

    @Inject
    TestClock clock;

    private final String analyst = TestTokens.analyst("analyst-1");

    @Test
    void everyShareOfAnyStreamIsWithinZeroAndOneAndEveryCountIsNotNegative() throws Exception {
        List<EventStreams.Stream> streams = EventStreams.streams(clock.instant()).sampleStream().limit(STREAMS)
                .toList();
        for (EventStreams.Stream stream : streams) {
            for (EventStreams.Event e : stream.events()) {
                InMemoryEvents.send(e.channel(), "/test", e.type(), e.subject(), e.data(), e.id(), e.at());
            }
        }
        for (EventStreams.Stream stream : streams) {
            await().atMost(Duration.ofSeconds(30)).until(() -> facts(stream.team()) == stream.facts());
        }
        gauges.refresh();
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (EventStreams.Stream stream : streams) {
            LocalDate from = stream.firstDay().minusDays(1);
            for (String period : List.of("day", "week", "month")) {
                String query = "/api/v1/reports/effectiveness?period=" + period + "&from=" + from + "&team="
                        + stream.team();
                long rows = 0;
                long total;
                int page = 0;
                int size;
                do {
                    JsonNode body = JSON.readTree(given().auth().oauth2(analyst).get(query + "&size=100&page=" + page++)
                            .then().statusCode(200).extract().asString());
                    total = body.path("total").asLong();
                    ShareInvariant.json(body.path("items"));
                    size = body.path("items").size();
                    rows += size;
                } while (rows < total && size > 0);
                assertThat(rows).as(stream + " " + period).isEqualTo(total);
                String csv = given().auth().oauth2(analyst).get(query + "&format=csv").then().statusCode(200)
                        .extract().asString();
                assertThat(ShareInvariant.csv(csv)).as(stream + " " + period).hasSize((int) total);
            }
            ShareInvariant.prometheus(metrics, "team=\"" + stream.team() + "\"");
        }
        assertThat(streams.stream().mapToInt(s -> ShareInvariant.prometheus(metrics, "team=\"" + s.team() + "\""))
                .sum()).isPositive();
        Matcher labels = Pattern.compile("(?m)^digipolku_[a-z_]+\\{([^}]*)}").matcher(metrics);
        while (labels.find()) {
            Matcher label = Pattern.compile("([a-z_]+)=\"([^\"]*)\"").matcher(labels.group(1));
            while (label.find()) {
                assertThat(label.group(1)).as(labels.group()).isIn("definition", "team", "outcome", "le", "reason");
                if (label.group(1).equals("reason")) {
                    // Why a request was refused (LoadShedding): a fixed set, never from the request.
                    assertThat(label.group(2)).as(labels.group()).isIn("busy", "waited-too-long", "caller-gone",
                            "body-too-slow");
                }
                assertThat(label.group(2)).as(labels.group()).doesNotStartWith("client-");
            }
        }
    }

    private long facts(String team) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM event_fact WHERE team = ?1").setParameter(1, team)
                .getSingleResult()).longValue());
    }
}
