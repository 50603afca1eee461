package fi.digipolku.pathway.enrollment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.digipolku.pathway.definition.PathwayKind;
import fi.digipolku.support.http.ETags;

/**
 * An enrollment as the API shows it. {@code etag} is its row version, which every change of the enrollment moves (the
 * client's activity time too), so it is also its ETag header (304 to a matching If-None-Match) and the If-Match of its
 * changes.
 */
public record EnrollmentView(UUID id, UUID definitionId, int definitionVersion, String clientSubject,
        PathwayKind kind, String careTeam, boolean followedByTeam, EnrollmentStatus status, LocalDate startedOn,
        LocalDate endsOn, Instant startedAt, Instant endedAt, String endReason, Instant lastActivityAt,
        List<String> disabledModules, long etag) implements ETags.Versioned {

    static EnrollmentView of(Enrollment e) {
        return new EnrollmentView(e.id, e.definitionId, e.definitionVersion, e.clientSubject, e.kind, e.careTeam,
                e.followedByTeam, e.status, e.startedOn, e.endsOn, e.startedAt, e.endedAt, e.endReason,
                e.lastActivityAt, List.copyOf(e.disabledModules), e.rowVersion);
    }
}
