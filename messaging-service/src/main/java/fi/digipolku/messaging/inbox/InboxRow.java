package fi.digipolku.messaging.inbox;

import java.time.Instant;
import java.util.UUID;

/** One thread in a team inbox; {@code unread} counts the client's messages the caller has not read. */
public record InboxRow(UUID threadId, UUID enrollmentId, UUID definitionId, String clientId, String topic,
        String careTeam, String inboxTeam, String assignee, boolean awaitingReply, Instant waitingSince,
        Instant dueAt, boolean overdue, boolean contactRequest, Instant lastMessageAt, long unread) {
}
