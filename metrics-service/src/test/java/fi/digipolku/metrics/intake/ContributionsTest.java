package fi.digipolku.metrics.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class ContributionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> metrics(String type, ObjectNode data) {
        return Contributions.of(type, data).stream().map(Contributions.Contribution::metric).toList();
    }

    @Test
    void eachEventAddsItsCounts() {
        ObjectNode pathway = JSON.createObjectNode().put("careTeam", "weight-team");
        assertThat(metrics("enrollment.started", pathway)).containsExactly(Contributions.STARTED);
        assertThat(metrics("measurement.recorded", pathway.deepCopy().put("onSchedule", true)))
                .containsExactly(Contributions.MEASUREMENTS, Contributions.MEASUREMENTS_ON_SCHEDULE);
        ObjectNode message = JSON.createObjectNode().put("team", "weight-team").put("senderRole", "client")
                .put("startedClock", true);
        assertThat(metrics("message.sent", message)).containsExactly(Contributions.MESSAGES_FROM_CLIENTS,
                Contributions.CLIENT_CONTACTS);
        assertThat(metrics("message.sent", message.deepCopy().put("senderRole", "professional")))
                .containsExactly(Contributions.MESSAGES_FROM_PROFESSIONALS);
        assertThat(Contributions.of("message.sent", message).get(0).team()).isEqualTo("weight-team");
        assertThat(metrics("definition.published", pathway)).isEmpty();
    }

    @Test
    void versionOneAndVersionTwoMessagingFactsCountForTheSameTeam() {
        ObjectNode v1 = JSON.createObjectNode().put("team", "weight-team").put("senderRole", "client")
                .put("startedClock", true);
        ObjectNode v2 = JSON.createObjectNode().put("careTeam", "weight-team").put("senderRole", "client")
                .put("startedClock", true);
        assertThat(Contributions.of("message.sent", v1)).isEqualTo(Contributions.of("message.sent", v2))
                .extracting(Contributions.Contribution::team).containsOnly("weight-team");
        assertThat(Contributions.team(v1)).isEqualTo(Contributions.team(v2)).isEqualTo("weight-team");
    }

    @Test
    void factsWithFieldsMissingOrMalformedStillCount() {
        assertThat(metrics("thread.first-response", JSON.createObjectNode())).containsExactly(
                Contributions.FIRST_RESPONSES);
        ObjectNode malformed = JSON.createObjectNode().put("careTeam", "weight-team").put("definitionId", "no uuid")
                .put("onSchedule", true).put("recordId", 42);
        malformed.putObject("enrollmentId").put("not", "an id");
        assertThat(metrics("measurement.recorded", malformed)).containsExactly(Contributions.MEASUREMENTS,
                Contributions.MEASUREMENTS_ON_SCHEDULE);
        ObjectNode sent = JSON.createObjectNode().put("senderRole", "client").put("startedClock", true)
                .put("dueAt", "tomorrow").put("attachments", "many");
        assertThat(metrics("message.sent", sent)).containsExactly(Contributions.MESSAGES_FROM_CLIENTS,
                Contributions.CLIENT_CONTACTS);
        assertThat(Contributions.of("enrollment.started", JSON.createArrayNode())).extracting(
                Contributions.Contribution::metric).containsExactly(Contributions.STARTED);
        assertThat(metrics("something.else", malformed)).isEmpty();
    }

    @Test
    void aMonitoringViewCountsForEachTeamShown() {
        ObjectNode viewed = JSON.createObjectNode();
        viewed.putArray("teams").add("a").add("b");
        assertThat(Contributions.of("monitoring.viewed", viewed)).extracting(Contributions.Contribution::team)
                .containsExactly("a", "b");
    }
}
