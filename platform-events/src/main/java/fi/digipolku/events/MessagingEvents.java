package fi.digipolku.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * What messaging-service publishes on {@value #TOPIC}, keyed by the thread id; never a message's text. Version 2
 * names the team {@code careTeam} as every other topic does; version 1 said {@code team}, which readers still accept.
 * Roles are {@code client} or {@code professional}.
 */
public final class MessagingEvents {

    public static final String TOPIC = "messaging-events";

    public static final EventType<ThreadOpened> THREAD_OPENED = type("thread.opened", ThreadOpened.class);
    public static final EventType<MessageSent> MESSAGE_SENT = type("message.sent", MessageSent.class);
    public static final EventType<FirstResponse> THREAD_FIRST_RESPONSE = type("thread.first-response",
            FirstResponse.class);
    public static final EventType<ThreadClosed> THREAD_CLOSED = type("thread.closed", ThreadClosed.class);
    public static final EventType<PromiseBreached> PROMISE_BREACHED = type("promise.breached",
            PromiseBreached.class);

    private MessagingEvents() {
    }

    private static <T extends Record> EventType<T> type(String name, Class<T> data) {
        return new EventType<>(name, 2, TOPIC, data);
    }

    /** A client or a professional opened a thread about an enrollment. */
    public record ThreadOpened(UUID threadId, UUID enrollmentId, UUID definitionId,
            @JsonAlias("team") String careTeam, String clientId, String openedBy) {
    }

    /**
     * A message was written. {@code startedClock}: it started the team's response promise, due at {@code dueAt};
     * {@code awaitingReply}: the thread waits for the team after it.
     */
    public record MessageSent(UUID threadId, UUID enrollmentId, UUID definitionId, @JsonAlias("team") String careTeam,
            String clientId, UUID messageId, String senderRole, int attachments, boolean awaitingReply,
            boolean startedClock, boolean contactRequest, @Nullable Instant dueAt) {
    }

    /** The team's first reply to a waiting client: wall-clock and working seconds, and whether within the promise. */
    public record FirstResponse(UUID threadId, UUID enrollmentId, UUID definitionId,
            @JsonAlias("team") String careTeam, String clientId, long seconds, long workingSeconds,
            boolean withinPromise, String promise) {
    }

    /** A thread was closed; {@code unanswered}: the client was still waiting. */
    public record ThreadClosed(UUID threadId, UUID enrollmentId, UUID definitionId,
            @JsonAlias("team") String careTeam, String clientId, String reason, boolean unanswered) {
    }

    /** A waiting client was not answered by {@code dueAt}; the thread moved to {@code escalatedTo}, if any. */
    public record PromiseBreached(UUID threadId, UUID enrollmentId, UUID definitionId,
            @JsonAlias("team") String careTeam, String clientId, Instant dueAt, Instant waitingSince,
            boolean contactRequest, @Nullable String escalatedTo) {
    }
}
