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
    void aMonitoringViewCountsForEachTeamShown() {
        ObjectNode viewed = JSON.createObjectNode();
        viewed.putArray("teams").add("a").add("b");
        assertThat(Contributions.of("monitoring.viewed", viewed)).extracting(Contributions.Contribution::team)
                .containsExactly("a", "b");
    }
}
