package fi.digipolku.pathway.enrollment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.digipolku.pathway.definition.PathwayKind;

/**
 * An enrollment as the API shows it. Not {@link fi.digipolku.support.http.ETags.Versioned} yet: {@code etag} does not
 * change when only the client's activity time does, so it cannot answer If-None-Match.
 */
public record EnrollmentView(UUID id, UUID definitionId, int definitionVersion, String clientSubject,
        PathwayKind kind, String careTeam, boolean followedByTeam, EnrollmentStatus status, LocalDate startedOn,
        LocalDate endsOn, Instant startedAt, Instant endedAt, String endReason, Instant lastActivityAt,
        List<String> disabledModules, long etag) {

    static EnrollmentView of(Enrollment e) {
        return new EnrollmentView(e.id, e.definitionId, e.definitionVersion, e.clientSubject, e.kind, e.careTeam,
                e.followedByTeam, e.status, e.startedOn, e.endsOn, e.startedAt, e.endedAt, e.endReason,
                e.lastActivityAt, List.copyOf(e.disabledModules), e.rowVersion);
    }
}
