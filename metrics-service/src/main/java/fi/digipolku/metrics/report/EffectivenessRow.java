package fi.digipolku.metrics.report;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The effectiveness of one pathway in one team over one period, in the three views of the regional measures. A row
 * without a pathway ({@code definitionId} null) holds what belongs to the team only, such as monitoring views.
 */
public record EffectivenessRow(UUID definitionId, String pathwayName, String team, LocalDate periodStart,
        LocalDate periodEnd, Organisation organisation, Professional professional, Client client) {

    /** Clients on the pathway and how their enrollments ended. */
    public record Organisation(long activeClients, long started, long completed, long discontinued, long expired,
            Double completionRate, Double dropOutRate, Double medianDurationDays) {
    }

    /** Messaging under the service promise and the use of the follow-up tools. */
    public record Professional(long messagesFromClients, long messagesFromProfessionals, long clientContacts,
            Double contactsPerEnrolledClient, Double firstResponseMedianSeconds, Double firstResponseP90Seconds,
            Double withinPromiseShare, long breaches, long monitoringViews, Double measurementAdherence) {
    }

    /**
     * What clients did. PROM change comes from clients' own answers: it is shown in rows of a month whose answers have
     * closed ({@link fi.digipolku.metrics.MetricsConfig#answersClose}), from ten contributors; otherwise it is null and
     * {@code suppressed} names it. Feedback figures (NPS, CES, statements) are feedback-service's alone: two services
     * publishing the same figure by different rules could be compared to isolate a few answers.
     */
    public record Client(long contentViews, long questionnairesSubmitted, Double questionnaireResponseRate,
            Double promChange, java.util.List<String> suppressed) {
    }
}
