package fi.digipolku.metrics.intake;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What one event adds to the daily counts. A pure function of the event, so applying the facts one by one as they
 * arrive and recomputing from all facts in any order give the same counts.
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

    private Contributions() {
    }

    /** The team an event belongs to: pathway events say {@code careTeam}, the others {@code team}. */
    public static String team(JsonNode data) {
        String team = data.path("careTeam").asText(null);
        return team != null ? team : data.path("team").asText("");
    }

    public static List<Contribution> of(String type, JsonNode data) {
        String team = team(data);
        List<Contribution> out = new ArrayList<>();
        switch (type) {
            case "enrollment.started" -> out.add(new Contribution(STARTED, team, 1));
            case "enrollment.completed" -> out.add(new Contribution(COMPLETED, team, 1));
            case "enrollment.discontinued" -> out.add(new Contribution(DISCONTINUED, team, 1));
            case "enrollment.expired" -> out.add(new Contribution(EXPIRED, team, 1));
            case "content.viewed" -> out.add(new Contribution(CONTENT_VIEWS, team, 1));
            case "questionnaire.submitted" -> out.add(new Contribution(QUESTIONNAIRES, team, 1));
            case "measurement.recorded" -> {
                out.add(new Contribution(MEASUREMENTS, team, 1));
                if (data.path("onSchedule").asBoolean(false)) {
                    out.add(new Contribution(MEASUREMENTS_ON_SCHEDULE, team, 1));
                }
            }
            case "diary.entry-added" -> out.add(new Contribution(DIARY_ENTRIES, team, 1));
            case "task.completed" -> out.add(new Contribution(TASKS, team, 1));
            case "flag.raised" -> out.add(new Contribution(FLAGS, team, 1));
            case "monitoring.viewed" -> data.path("teams")
                    .forEach(t -> out.add(new Contribution(MONITORING_VIEWS, t.asText(), 1)));
            case "thread.opened" -> out.add(new Contribution(THREADS_OPENED, team, 1));
            case "message.sent" -> {
                boolean client = "client".equals(data.path("senderRole").asText());
                out.add(new Contribution(client ? MESSAGES_FROM_CLIENTS : MESSAGES_FROM_PROFESSIONALS, team, 1));
                if (client && data.path("startedClock").asBoolean(false)) {
                    out.add(new Contribution(CLIENT_CONTACTS, team, 1));
                }
            }
            case "thread.first-response" -> {
                out.add(new Contribution(FIRST_RESPONSES, team, 1));
                if (data.path("withinPromise").asBoolean(false)) {
                    out.add(new Contribution(WITHIN_PROMISE, team, 1));
                }
            }
            case "promise.breached" -> out.add(new Contribution(BREACHES, team, 1));
            case "feedback.requested" -> out.add(new Contribution(FEEDBACK_REQUESTS, team, 1));
            case "feedback.submitted" -> out.add(new Contribution(FEEDBACK_RESPONSES, team, 1));
            default -> {
            }
        }
        return out;
    }
}
