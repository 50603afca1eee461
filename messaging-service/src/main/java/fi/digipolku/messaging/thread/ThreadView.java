package fi.digipolku.messaging.thread;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

import fi.digipolku.support.http.ETags;

/**
 * A thread as its participants see it. {@code dueAt} tells when a reply is promised to a waiting client message;
 * {@code unread} counts the other side's messages the caller has not read.
 *
 * @param rowVersion the thread's row version; with {@code unread} it makes the ETag header ({@link #etag()}), and is
 *            not in the body
 */
public record ThreadView(UUID id, UUID enrollmentId, UUID definitionId, String clientId, String careTeam,
        String inboxTeam, String topic, ThreadStatus status, String openedByRole, Instant openedAt, Instant closedAt,
        String closedReason, String assignee, Instant lastMessageAt, boolean awaitingReply, Instant waitingSince,
        Instant dueAt, boolean overdue, boolean contactRequest, long unread, FirstResponse firstResponse,
        @JsonIgnore long rowVersion) implements ETags.Versioned {

    /** How the first reply to the client went against the promise. */
    public record FirstResponse(Instant at, long seconds, long workingSeconds, boolean withinPromise) {
    }

    static ThreadView of(MessageThread t, long unread) {
        FirstResponse first = t.firstResponseAt == null
                ? null
                : new FirstResponse(t.firstResponseAt, t.firstResponseSeconds, t.firstResponseWorkingSeconds,
                        t.firstResponseWithinPromise);
        return new ThreadView(t.id, t.enrollmentId, t.definitionId, t.clientSubject, t.careTeam, t.inboxTeam, t.topic,
                t.status, t.openedByRole, t.openedAt, t.closedAt, t.closedReason, t.assignee, t.lastMessageAt,
                t.waitingSince != null, t.waitingSince, t.dueAt, t.overdue, t.contactRequest, unread, first, t.version);
    }

    /** The thread's version as the caller sees it: its row version with the caller's unread count. */
    @Override
    public long etag() {
        return ThreadRules.viewVersion(rowVersion, unread);
    }

    /** The same view without the assignee, which is the care team's own business. */
    ThreadView withoutAssignee() {
        return new ThreadView(id, enrollmentId, definitionId, clientId, careTeam, inboxTeam, topic, status,
                openedByRole, openedAt, closedAt, closedReason, null, lastMessageAt, awaitingReply, waitingSince, dueAt,
                overdue, contactRequest, unread, firstResponse, rowVersion);
    }
}
