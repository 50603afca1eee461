package fi.digipolku.pathway.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fi.digipolku.pathway.enrollment.EnrollmentStatus;

/**
 * One followed enrollment in a professional's monitoring list: how far the client is (share of modules done, in
 * percent), when they last did something, open flags and missed measurements.
 */
public record MonitoringRow(UUID enrollmentId, UUID definitionId, String clientSubject, String careTeam,
        EnrollmentStatus status, LocalDate startedOn, LocalDate endsOn, int progressPercent, Instant lastActivityAt,
        long openFlags, int missedMeasurements) {
}
