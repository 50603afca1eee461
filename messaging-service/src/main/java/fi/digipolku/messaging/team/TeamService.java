package fi.digipolku.messaging.team;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import fi.digipolku.messaging.MessagingConfig;
import fi.digipolku.support.http.ETags;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.problem.FieldError;
import fi.digipolku.support.problem.ProblemException;

/** Care teams' promises and hours: admins set them, everyone reads them, the messaging rules apply them. */
@ApplicationScoped
public class TeamService {

    private final TeamRepository teams;
    private final MessagingConfig config;
    private final Clock clock;

    public TeamService(TeamRepository teams, MessagingConfig config, Clock clock) {
        this.teams = teams;
        this.config = config;
        this.clock = clock;
    }

    /** The settings a team works under: its own, or the defaults until an admin configures it. */
    public TeamSettings settings(String teamId) {
        Team team = teams.findById(teamId);
        return team == null ? defaults(teamId) : TeamSettings.of(team);
    }

    public TeamSettings get(String teamId) {
        return settings(teamId);
    }

    /** The configured teams, by id. */
    public List<TeamSettings> list() {
        List<TeamSettings> settings = new ArrayList<>();
        for (Team team : teams.allById()) {
            settings.add(TeamSettings.of(team));
        }
        return settings;
    }

    /**
     * Creates or replaces a team's settings, if they are still as the admin read them. Threads already waiting keep the
     * due time they got; new waiting messages get the new promise.
     *
     * @param ifMatch the {@code If-Match} header: the settings' version as read ({@link TeamSettings#version()}; 0
     *            while nobody configured the team); 428 without it, 412 when the settings have changed since
     */
    @Transactional
    public TeamSettings put(String teamId, TeamRequest request, String ifMatch, Caller caller) {
        List<FieldError> errors = TeamRules.check(teamId, request);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("team.settings-inconsistent", errors);
        }
        Team team = teams.findById(teamId, LockModeType.PESSIMISTIC_WRITE);
        ETags.check(ETags.required(ifMatch),
                team == null ? TeamSettings.UNCONFIGURED : TeamSettings.of(team).version());
        if (team == null) {
            team = new Team();
            team.id = teamId;
        }
        team.promiseAmount = request.promise().amount();
        team.promiseUnit = request.promise().unit();
        team.workStart = request.workingHours().start();
        team.workEnd = request.workingHours().end();
        team.zone = ZoneId.of(request.workingHours().zone()).getId();
        team.opens = request.openingHours().opens();
        team.closes = request.openingHours().closes();
        team.openingDays = request.openingHours().days().stream().sorted().toList();
        team.escalationTeam = request.escalationTeam();
        team.updatedAt = clock.instant();
        team.updatedBy = caller.subject();
        if (teams.isPersistent(team)) {
            teams.flush();
        } else {
            teams.persistAndFlush(team);
        }
        return TeamSettings.of(team);
    }

    private TeamSettings defaults(String teamId) {
        MessagingConfig.Defaults d = config.defaults();
        return TeamSettings.defaults(teamId, d.promiseAmount(), d.promiseUnit(), d.workStart(), d.workEnd(),
                d.zone(), d.openingDays(), d.opens(), d.closes());
    }
}
