package fi.digipolku.metrics.intake;

import static java.util.Map.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import fi.digipolku.events.EventCatalogue;
import fi.digipolku.events.EventType;
import fi.digipolku.events.FeedbackEvents;
import fi.digipolku.events.MessagingEvents;
import fi.digipolku.events.MessagingEvents.FirstResponse;
import fi.digipolku.events.MessagingEvents.MessageSent;
import fi.digipolku.events.PathwayEvents;
import fi.digipolku.events.PathwayEvents.MeasurementRecorded;
import fi.digipolku.events.PathwayEvents.MonitoringViewed;

/**
 * What one event adds to the daily counts. A pure function of the event, so applying the facts one by one as they
 * arrive and recomputing from all facts in any order give the same counts. Facts of every version count: the data is
 * read leniently ({@link FactData}), so a field missing counts as null, false or 0.
 */
public final class Contributions {

    /** A count to add to a metric of a team (and the event's pathway definition, if it has one). */
    public record Contribution(String metric, String team, long amount) {
    }

    public static final String STARTED = "enrollments_started";
    public static final String COMPLETED = "enrollments_completed";
    public static final String DISCONTINUED = "enrollments_discontinued";
    public static final String EXPIRED = "enrollments_expired";
    public static final String CONTENT_VIEWS = "content_views";
    public static final String QUESTIONNAIRES = "questionnaires_submitted";
    public static final String MEASUREMENTS = "measurements_recorded";
    public static final String MEASUREMENTS_ON_SCHEDULE = "measurements_on_schedule";
    public static final String DIARY_ENTRIES = "diary_entries";
    public static final String TASKS = "tasks_completed";
    public static final String FLAGS = "flags_raised";
    public static final String MONITORING_VIEWS = "monitoring_views";
    public static final String THREADS_OPENED = "threads_opened";
    public static final String MESSAGES_FROM_CLIENTS = "messages_from_clients";
    public static final String MESSAGES_FROM_PROFESSIONALS = "messages_from_professionals";
    public static final String CLIENT_CONTACTS = "client_contacts";
    public static final String FIRST_RESPONSES = "first_responses";
    public static final String WITHIN_PROMISE = "first_responses_within_promise";
    public static final String BREACHES = "promise_breaches";
    public static final String FEEDBACK_REQUESTS = "feedback_requests";
    public static final String FEEDBACK_RESPONSES = "feedback_responses";

    /** The care team's field in every type that has one. */
    static final String CARE_TEAM = "careTeam";
    /** What version 1 of messaging and feedback events called the care team. */
    static final String VERSION_1_TEAM = "team";

    /** The metric that each event of a type adds one to, for the event's team. */
    private static final Map<String, String> COUNTED = Map.ofEntries(
            entry(PathwayEvents.ENROLLMENT_STARTED.name(), STARTED),
            entry(PathwayEvents.ENROLLMENT_COMPLETED.name(), COMPLETED),
            entry(PathwayEvents.ENROLLMENT_DISCONTINUED.name(), DISCONTINUED),
            entry(PathwayEvents.ENROLLMENT_EXPIRED.name(), EXPIRED),
            entry(PathwayEvents.CONTENT_VIEWED.name(), CONTENT_VIEWS),
            entry(PathwayEvents.QUESTIONNAIRE_SUBMITTED.name(), QUESTIONNAIRES),
            entry(PathwayEvents.MEASUREMENT_RECORDED.name(), MEASUREMENTS),
            entry(PathwayEvents.DIARY_ENTRY_ADDED.name(), DIARY_ENTRIES),
            entry(PathwayEvents.TASK_COMPLETED.name(), TASKS),
            entry(PathwayEvents.FLAG_RAISED.name(), FLAGS),
            entry(MessagingEvents.THREAD_OPENED.name(), THREADS_OPENED),
            entry(MessagingEvents.THREAD_FIRST_RESPONSE.name(), FIRST_RESPONSES),
            entry(MessagingEvents.PROMISE_BREACHED.name(), BREACHES),
            entry(FeedbackEvents.FEEDBACK_REQUESTED.name(), FEEDBACK_REQUESTS),
            entry(FeedbackEvents.FEEDBACK_SUBMITTED.name(), FEEDBACK_RESPONSES));

    private Contributions() {
    }

    /** The team an event belongs to: {@code careTeam}, or {@code team} in a version-1 fact; else empty. */
    public static String team(JsonNode data) {
        String team = data.path(CARE_TEAM).asText(null);
        return team != null ? team : data.path(VERSION_1_TEAM).asText("");
    }

    public static List<Contribution> of(String type, JsonNode data) {
        Optional<EventType<?>> known = EventCatalogue.byName(type);
        if (known.isEmpty()) {
            return List.of();
        }
        String team = team(data);
        List<Contribution> out = new ArrayList<>();
        String counted = COUNTED.get(type);
        if (counted != null) {
            out.add(new Contribution(counted, team, 1));
        }
        Record fact = FactData.read(known.get(), data);
        if (fact instanceof MeasurementRecorded measurement && measurement.onSchedule()) {
            out.add(new Contribution(MEASUREMENTS_ON_SCHEDULE, team, 1));
        } else if (fact instanceof MonitoringViewed viewed && viewed.teams() != null) {
            viewed.teams().forEach(t -> out.add(new Contribution(MONITORING_VIEWS, t == null ? "" : t, 1)));
        } else if (fact instanceof MessageSent sent) {
            boolean client = "client".equals(sent.senderRole());
            out.add(new Contribution(client ? MESSAGES_FROM_CLIENTS : MESSAGES_FROM_PROFESSIONALS, team, 1));
            if (client && sent.startedClock()) {
                out.add(new Contribution(CLIENT_CONTACTS, team, 1));
            }
        } else if (fact instanceof FirstResponse first && first.withinPromise()) {
            out.add(new Contribution(WITHIN_PROMISE, team, 1));
        }
        return out;
    }
}
