package fi.digipolku.support.accesslog;

import java.time.Instant;
import java.util.List;

/**
 * One access to a client's data as the client reads it: who by role and team, when, what and why. The person's id is
 * shown where policy allows, and always for a person who acted on behalf of the client (a guardian), whom the client
 * must be able to tell from the care team.
 */
public record AccessView(Instant at, List<String> roles, List<String> teams, String actor, String action,
        String resource, String reason) {

    static AccessView of(AccessLogEntry entry, boolean showActor) {
        return new AccessView(entry.at(), entry.actorRoles().stream().sorted().toList(),
                entry.actorTeams().stream().sorted().toList(),
                showActor || AccessLog.ON_BEHALF.equals(entry.reason()) ? entry.actorSubject() : null,
                entry.action(), entry.resource(), entry.reason());
    }
}
