package fi.digipolku.messaging.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class AlertIntakeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    private static ObjectNode data(String thread) {
        ObjectNode data = JSON.createObjectNode();
        data.put("threadId", thread);
        data.put("team", "weight-team");
        return data;
    }

    @Test
    void aClientMessageThatStartsTheClockIsANewContact() {
        String thread = UUID.randomUUID().toString();
        JsonNode data = data(thread).put("senderRole", "client").put("startedClock", true)
                .put("contactRequest", true).put("dueAt", "2026-11-26T08:00:00Z");
        Alert alert = AlertIntake.alertOf("message.sent", data, NOW);
        assertThat(alert.kind()).isEqualTo(Alert.CONTACT);
        assertThat(alert.teams()).containsExactly("weight-team");
        assertThat(alert.contactRequest()).isTrue();
        assertThat(alert.dueAt()).isEqualTo(Instant.parse("2026-11-26T08:00:00Z"));
    }

    @Test
    void repliesAndFollowUpMessagesRaiseNoAlert() {
        String thread = UUID.randomUUID().toString();
        assertThat(AlertIntake.alertOf("message.sent", data(thread).put("startedClock", false), NOW)).isNull();
        assertThat(AlertIntake.alertOf("thread.closed", data(thread), NOW)).isNull();
    }

    @Test
    void aBreachAlertsTheTeamAndTheEscalationTeam() {
        String thread = UUID.randomUUID().toString();
        Alert alert = AlertIntake.alertOf("promise.breached", data(thread).put("escalatedTo", "duty-team"), NOW);
        assertThat(alert.kind()).isEqualTo(Alert.BREACH);
        assertThat(alert.teams()).containsExactly("weight-team", "duty-team");
    }
}
