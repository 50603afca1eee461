package fi.digipolku.support.accesslog;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * One access to a client's data by someone else: who (subject, roles, teams), when, which client, what was done to
 * which resource, and why.
 */
public record AccessLogEntry(UUID id, Instant at, String actorSubject, Set<String> actorRoles,
        Set<String> actorTeams, String clientSubject, String action, String resource, String reason,
        String requestId) {
}
