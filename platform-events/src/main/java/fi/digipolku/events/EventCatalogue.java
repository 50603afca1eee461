package fi.digipolku.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event type of the platform, in one list: what the schemas, the contract tests and the README are made from. */
public final class EventCatalogue {

    public static final List<EventType<?>> ALL = List.of(
            PathwayEvents.DEFINITION_PUBLISHED, PathwayEvents.DEFINITION_RETIRED, PathwayEvents.ENROLLMENT_STARTED,
            PathwayEvents.ENROLLMENT_UPGRADED, PathwayEvents.ENROLLMENT_COMPLETED,
            PathwayEvents.ENROLLMENT_DISCONTINUED, PathwayEvents.ENROLLMENT_EXPIRED, PathwayEvents.CONTENT_VIEWED,
            PathwayEvents.TASK_COMPLETED, PathwayEvents.QUESTIONNAIRE_SUBMITTED, PathwayEvents.MEASUREMENT_RECORDED,
            PathwayEvents.DIARY_ENTRY_ADDED, PathwayEvents.RECORD_REVIEWED, PathwayEvents.FLAG_RAISED,
            PathwayEvents.REMINDER_DUE, PathwayEvents.MONITORING_VIEWED,
            MessagingEvents.THREAD_OPENED, MessagingEvents.MESSAGE_SENT, MessagingEvents.THREAD_FIRST_RESPONSE,
            MessagingEvents.THREAD_CLOSED, MessagingEvents.PROMISE_BREACHED,
            FeedbackEvents.FEEDBACK_REQUESTED, FeedbackEvents.FEEDBACK_SUBMITTED);

    private static final Map<String, EventType<?>> BY_NAME = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    private EventCatalogue() {
    }

    /** The type of that name (without the CloudEvent prefix), if the catalogue has it. */
    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
