package fi.digipolku.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * What feedback-service publishes on {@value #TOPIC}. A submitted answer carries no client, enrollment or request:
 * answers are anonymous. Version 2 names the team {@code careTeam}; version 1 said {@code team}, which readers still
 * accept.
 */
public final class FeedbackEvents {

    public static final String TOPIC = "feedback-events";

    public static final EventType<FeedbackRequested> FEEDBACK_REQUESTED = type("feedback.requested",
            FeedbackRequested.class);
    public static final EventType<FeedbackSubmitted> FEEDBACK_SUBMITTED = type("feedback.submitted",
            FeedbackSubmitted.class);

    private FeedbackEvents() {
    }

    private static <T extends Record> EventType<T> type(String name, Class<T> data) {
        return new EventType<>(name, 2, TOPIC, data);
    }

    /** A client was asked for feedback on an enrollment ({@code occasion}: end or yearly), until {@code expiresAt}. */
    public record FeedbackRequested(UUID requestId, UUID enrollmentId, UUID definitionId, int definitionVersion,
            @JsonAlias("team") String careTeam, String clientId, String occasion, Instant expiresAt) {
    }

    /** An anonymous answer entered the pool: only the pathway, the team, the scores and the day. */
    public record FeedbackSubmitted(UUID responseId, UUID definitionId, int definitionVersion,
            @JsonAlias("team") String careTeam, @Nullable Integer nps, @Nullable Integer ces, LocalDate answeredOn) {
    }
}
