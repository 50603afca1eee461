package fi.digipolku.metrics.ehr;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.digipolku.metrics.intake.AggregateService;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.identity.Role;
import fi.digipolku.support.problem.ProblemException;

/**
 * Contacts outside the platform (phone calls, visits) as the EHR counts them per month, set against the month the
 * pathway took its first client, so the report shows whether the pathway reduces them.
 */
@ApplicationScoped
public class EhrContactsService {

    private final EhrContactsRepository contacts;
    private final Clock clock;

    public EhrContactsService(EhrContactsRepository contacts, Clock clock) {
        this.contacts = contacts;
        this.clock = clock;
    }

    /** One month's figures. */
    public record Month(String month, int phoneCalls, int visits) {
    }

    /** Mean calls and visits per month over some months. */
    public record Average(int months, Double phoneCalls, Double visits) {
    }

    /** The trend: every month, the month the pathway started, and the means before and after it. */
    public record Trend(UUID definitionId, String team, String pathwayStarted, List<Month> months, Average before,
            Average after) {
    }

    @Transactional
    public Month put(EhrContactsRequest request, Caller caller) {
        if (request.definitionId() == null && request.team() == null) {
            throw ProblemException.invalid("team", "ehr-contacts.team-or-definition-required");
        }
        contacts.put(YearMonth.parse(request.month()).atDay(1), key(request.definitionId()), team(request.team()),
                request.phoneCalls(), request.visits(), caller.subject(), clock.instant());
        return new Month(request.month(), request.phoneCalls(), request.visits());
    }

    @Transactional
    public Trend trend(UUID definitionId, String team, Caller caller) {
        if (definitionId == null && team == null) {
            throw ProblemException.invalid("team", "ehr-contacts.team-or-definition-required");
        }
        boolean everything = caller.hasRole(Role.ANALYST) || caller.hasRole(Role.ADMIN);
        if (!everything && (team == null || !caller.inTeam(team))) {
            throw ProblemException.forbidden("ehr-contacts.own-teams-only");
        }
        List<Month> months = contacts.months(key(definitionId), team(team));
        String started = contacts.firstEnrollmentStarted(definitionId, team).map(day -> YearMonth.from(day).toString())
                .orElse(null);
        List<Month> before = months.stream().filter(m -> started == null || m.month().compareTo(started) < 0)
                .toList();
        List<Month> after = started == null
                ? List.of()
                : months.stream().filter(m -> m.month().compareTo(started) >= 0).toList();
        return new Trend(definitionId, team, started, months, average(before), average(after));
    }

    private static Average average(List<Month> months) {
        if (months.isEmpty()) {
            return new Average(0, null, null);
        }
        return new Average(months.size(), round(months.stream().mapToInt(Month::phoneCalls).average().orElse(0)),
                round(months.stream().mapToInt(Month::visits).average().orElse(0)));
    }

    private static Double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String key(UUID definitionId) {
        return definitionId == null ? AggregateService.NO_DEFINITION : definitionId.toString();
    }

    private static String team(String team) {
        return team == null ? "" : team;
    }
}
