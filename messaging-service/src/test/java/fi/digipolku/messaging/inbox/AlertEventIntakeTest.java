package fi.digipolku.messaging.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import fi.digipolku.events.EventType;
import fi.digipolku.events.MessagingEvents;
import fi.digipolku.support.event.EventEnvelope;
import fi.digipolku.support.inbox.IncomingEvent;

class AlertEventIntakeTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    /** The data every messaging event carries, the team named as in version 2. */
    private static ObjectNode data(String thread) {
        ObjectNode data = JSON.createObjectNode();
        data.put("threadId", thread);
        data.put("enrollmentId", UUID.randomUUID().toString());
        data.put("definitionId", UUID.randomUUID().toString());
        data.put("careTeam", "weight-team");
        data.put("clientId", "client-1");
        return data;
    }

    private static ObjectNode sent(String thread, boolean startedClock) {
        return data(thread).put("messageId", UUID.randomUUID().toString()).put("senderRole", "client")
                .put("attachments", 0).put("awaitingReply", true).put("startedClock", startedClock)
                .put("contactRequest", true).put("dueAt", startedClock ? "2026-11-26T08:00:00Z" : null);
    }

    private static ObjectNode breached(String thread) {
        return data(thread).put("dueAt", "2026-11-23T09:00:00Z").put("waitingSince", "2026-11-20T09:00:00Z")
                .put("contactRequest", false);
    }

    private static Optional<Alert> alertOf(EventType<?> type, ObjectNode data) {
        IncomingEvent event = new IncomingEvent(EventEnvelope.create("/messaging-service", type,
                data.path("threadId").asText(), data, NOW), type.name(), data);
        return AlertEventIntake.alertOf(event, JSON, NOW);
    }

    @Test
    void aClientMessageThatStartsTheClockIsANewContact() {
        Alert alert = alertOf(MessagingEvents.MESSAGE_SENT, sent(UUID.randomUUID().toString(), true)).orElseThrow();
        assertThat(alert.kind()).isEqualTo(Alert.CONTACT);
        assertThat(alert.teams()).containsExactly("weight-team");
        assertThat(alert.contactRequest()).isTrue();
        assertThat(alert.dueAt()).isEqualTo(Instant.parse("2026-11-26T08:00:00Z"));
    }

    @Test
    void repliesAndFollowUpMessagesRaiseNoAlert() {
        String thread = UUID.randomUUID().toString();
        assertThat(alertOf(MessagingEvents.MESSAGE_SENT, sent(thread, false))).isEmpty();
        assertThat(alertOf(MessagingEvents.THREAD_CLOSED, data(thread).put("reason", "professional"))).isEmpty();
    }

    @Test
    void aBreachAlertsTheTeamAndTheEscalationTeam() {
        Alert alert = alertOf(MessagingEvents.PROMISE_BREACHED,
                breached(UUID.randomUUID().toString()).put("escalatedTo", "duty-team")).orElseThrow();
        assertThat(alert.kind()).isEqualTo(Alert.BREACH);
        assertThat(alert.teams()).containsExactly("weight-team", "duty-team");
    }

    @Test
    void versionOneEventsNamingTheTeamTeamStillAlert() {
        ObjectNode v1 = breached(UUID.randomUUID().toString());
        v1.set("team", v1.remove("careTeam"));
        assertThat(alertOf(MessagingEvents.PROMISE_BREACHED, v1).orElseThrow().teams())
                .containsExactly("weight-team");
        ObjectNode v1Sent = sent(UUID.randomUUID().toString(), true);
        v1Sent.set("team", v1Sent.remove("careTeam"));
        assertThat(alertOf(MessagingEvents.MESSAGE_SENT, v1Sent).orElseThrow().teams())
                .containsExactly("weight-team");
    }

    @Test
    void anEventLackingWhatItsTypeRequiresIsRefused() {
        ObjectNode incomplete = breached(UUID.randomUUID().toString());
        incomplete.remove("careTeam");
        assertThatThrownBy(() -> alertOf(MessagingEvents.PROMISE_BREACHED, incomplete))
                .isInstanceOf(EventEnvelope.InvalidEventException.class).hasMessageContaining("careTeam");
    }
}
