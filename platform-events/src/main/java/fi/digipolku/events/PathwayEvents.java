package fi.digipolku.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What pathway-service publishes on {@value #TOPIC}, keyed by the definition or enrollment id. Enumerated values are
 * the names of pathway-service's enums: {@code kind} SELF_CARE or PROFESSIONAL; {@code feedbackTiming} AT_END or
 * YEARLY (absent: no feedback); {@code measurementType} BODY_WEIGHT, BLOOD_PRESSURE, …; {@code clientId} is the
 * client's pseudonymous subject.
 */
public final class PathwayEvents {

    public static final String TOPIC = "pathway-events";

    public static final EventType<DefinitionPublished> DEFINITION_PUBLISHED = type("definition.published",
            DefinitionPublished.class);
    public static final EventType<DefinitionRetired> DEFINITION_RETIRED = type("definition.retired",
            DefinitionRetired.class);
    public static final EventType<EnrollmentStarted> ENROLLMENT_STARTED = type("enrollment.started",
            EnrollmentStarted.class);
    public static final EventType<EnrollmentUpgraded> ENROLLMENT_UPGRADED = type("enrollment.upgraded",
            EnrollmentUpgraded.class);
    public static final EventType<EnrollmentEnded> ENROLLMENT_COMPLETED = type("enrollment.completed",
            EnrollmentEnded.class);
    public static final EventType<EnrollmentEnded> ENROLLMENT_DISCONTINUED = type("enrollment.discontinued",
            EnrollmentEnded.class);
    public static final EventType<EnrollmentEnded> ENROLLMENT_EXPIRED = type("enrollment.expired",
            EnrollmentEnded.class);
    public static final EventType<ContentViewed> CONTENT_VIEWED = type("content.viewed", ContentViewed.class);
    public static final EventType<TaskCompleted> TASK_COMPLETED = type("task.completed", TaskCompleted.class);
    public static final EventType<QuestionnaireSubmitted> QUESTIONNAIRE_SUBMITTED = type("questionnaire.submitted",
            QuestionnaireSubmitted.class);
    public static final EventType<MeasurementRecorded> MEASUREMENT_RECORDED = type("measurement.recorded",
            MeasurementRecorded.class);
    public static final EventType<DiaryEntryAdded> DIARY_ENTRY_ADDED = type("diary.entry-added",
            DiaryEntryAdded.class);
    public static final EventType<RecordReviewed> RECORD_REVIEWED = type("record.reviewed", RecordReviewed.class);
    public static final EventType<FlagRaised> FLAG_RAISED = type("flag.raised", FlagRaised.class);
    public static final EventType<ReminderDue> REMINDER_DUE = type("reminder.due", ReminderDue.class);
    public static final EventType<MonitoringViewed> MONITORING_VIEWED = type("monitoring.viewed",
            MonitoringViewed.class);

    /** The three ways an enrollment ends, each its own event type with the same data. */
    public static final List<EventType<EnrollmentEnded>> ENROLLMENT_ENDINGS = List.of(ENROLLMENT_COMPLETED,
            ENROLLMENT_DISCONTINUED, ENROLLMENT_EXPIRED);

    private PathwayEvents() {
    }

    private static <T extends Record> EventType<T> type(String name, Class<T> data) {
        return new EventType<>(name, 1, TOPIC, data);
    }

    /** Where a published pathway's visits are booked in the county's statistics. */
    public record ServiceEvent(@Nullable String placeOfService, @Nullable String costCentre,
            @Nullable String auraServiceClass, @Nullable String contactType) {
    }

    /**
     * A version of a pathway definition was published; the latest published version is the one enrollments get.
     * {@code questionnaireModules} counts questionnaires and risk tests.
     */
    public record DefinitionPublished(UUID definitionId, int version, @Nullable String name, String kind,
            String targetGroup, String carePhase, int durationDays, String careTeam, boolean messagingEnabled,
            @Nullable String feedbackTiming, @Nullable ServiceEvent serviceEvent, int measurementModules,
            int questionnaireModules, Instant publishedAt) {
    }

    /** A definition was retired: no new enrollments; running ones go on. */
    public record DefinitionRetired(UUID definitionId, int version) {
    }

    /** A client's enrollment on a pathway began. {@code startedBy} is the role: professional or client. */
    public record EnrollmentStarted(UUID enrollmentId, UUID definitionId, int definitionVersion, String clientId,
            String kind, String careTeam, boolean followedByTeam, boolean messagingEnabled,
            @Nullable String feedbackTiming, String startedBy, LocalDate startedOn, LocalDate endsOn) {
    }

    /** A running enrollment moved to the definition's latest version. */
    public record EnrollmentUpgraded(UUID enrollmentId, UUID definitionId, int definitionVersion, String clientId,
            String kind, String careTeam, boolean followedByTeam, boolean messagingEnabled,
            @Nullable String feedbackTiming) {
    }

    /** An enrollment ended (completed, discontinued or expired). {@code endedBy}: client, professional or system. */
    public record EnrollmentEnded(UUID enrollmentId, UUID definitionId, int definitionVersion, String clientId,
            String kind, String careTeam, boolean followedByTeam, boolean messagingEnabled,
            @Nullable String feedbackTiming, String endedBy, LocalDate startedOn, LocalDate endedOn) {
    }

    /** The client opened an information or instruction module. */
    public record ContentViewed(UUID enrollmentId, UUID definitionId, String careTeam, String clientId,
            String moduleKey, UUID recordId) {
    }

    /** The client marked a task done. */
    public record TaskCompleted(UUID enrollmentId, UUID definitionId, String careTeam, String clientId,
            String moduleKey, UUID recordId) {
    }

    /** The client answered a questionnaire or risk test; its score and band, never the answers. */
    public record QuestionnaireSubmitted(UUID enrollmentId, UUID definitionId, String careTeam, String clientId,
            String moduleKey, UUID recordId, double score, @Nullable String band, @Nullable String purpose) {
    }

    /** The client recorded a measurement; whether on schedule and out of the module's range, never the values. */
    public record MeasurementRecorded(UUID enrollmentId, UUID definitionId, String careTeam, String clientId,
            String moduleKey, UUID recordId, String measurementType, boolean onSchedule, boolean outOfRange) {
    }

    /** The client wrote a diary entry; never its text. {@code visibility}: PRIVATE or SHARED_WITH_TEAM. */
    public record DiaryEntryAdded(UUID enrollmentId, UUID definitionId, String careTeam, String clientId,
            String moduleKey, UUID recordId, String visibility) {
    }

    /** A professional reviewed a record for the patient record. */
    public record RecordReviewed(UUID enrollmentId, UUID definitionId, String careTeam, String clientId,
            String moduleKey, UUID recordId) {
    }

    /** A record raised a flag for the team (a measurement out of range). */
    public record FlagRaised(UUID flagId, UUID enrollmentId, String careTeam, String moduleKey, String reason) {
    }

    /** A reminder module of a running enrollment falls due today. */
    public record ReminderDue(UUID enrollmentId, String moduleKey, LocalDate dueOn, UUID definitionId,
            String careTeam, String clientId) {
    }

    /** A professional looked at the monitoring view of these teams, which listed {@code rows} enrollments. */
    public record MonitoringViewed(List<String> teams, int rows) {
    }
}
