package fi.digipolku.support.accesslog;

import java.time.Instant;
import java.util.List;

/**
 * One access to a client's data as the client reads it: who by role and team (the person's id only where policy
 * allows), when, what and why.
 */
public record AccessView(Instant at, List<String> roles, List<String> teams, String actor, String action,
        String resource, String reason) {

    static AccessView of(AccessLogEntry entry, boolean showActor) {
        return new AccessView(entry.at(), entry.actorRoles().stream().sorted().toList(),
                entry.actorTeams().stream().sorted().toList(), showActor ? entry.actorSubject() : null,
                entry.action(), entry.resource(), entry.reason());
    }
}
