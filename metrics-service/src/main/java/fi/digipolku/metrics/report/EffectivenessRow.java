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
     * What clients did and said. PROM change, NPS and CES come from clients' own answers: they are shown in rows of an
     * ended calendar month only, and only where {@link fi.digipolku.metrics.report.Guard} allows (ten contributors;
     * for NPS and CES, every count they are computed from 0 or at least ten); otherwise they are null and
     * {@code suppressed} names them.
     */
    public record Client(long contentViews, long questionnairesSubmitted, Double questionnaireResponseRate,
            Double promChange, Double nps, Double cesMean, java.util.List<String> suppressed) {
    }
}
