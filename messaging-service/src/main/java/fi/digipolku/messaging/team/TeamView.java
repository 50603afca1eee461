package fi.digipolku.messaging.team;

import java.util.List;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonIgnore;

import fi.digipolku.support.http.ETags;

/**
 * A team's messaging settings as clients and professionals see them.
 *
 * @param configured false while the team works under the service's default promise and hours
 * @param etag the settings' version ({@link TeamSettings#version()}), sent as the ETag header and not in the body
 */
public record TeamView(String team, boolean configured, TeamRequest.Promise promise, TeamRequest.Hours workingHours,
        TeamRequest.Opening openingHours, String escalationTeam, @JsonIgnore long etag) implements ETags.Versioned {

    static TeamView of(TeamSettings settings) {
        var opening = settings.openingHours();
        return new TeamView(settings.team(), settings.configured(),
                new TeamRequest.Promise(settings.promise().amount(), settings.promise().unit()),
                new TeamRequest.Hours(settings.workingHours().start(), settings.workingHours().end(),
                        settings.workingHours().zone().getId()),
                new TeamRequest.Opening(new TreeSet<>(opening.days()), opening.opens(), opening.closes()),
                settings.escalationTeam(), settings.version());
    }

    static List<TeamView> of(List<TeamSettings> settings) {
        return settings.stream().map(TeamView::of).toList();
    }
}
