package fi.digipolku.metrics.ehr;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fi.digipolku.metrics.intake.Aggregates;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.identity.Role;
import fi.digipolku.support.problem.ProblemException;

/**
 * Contacts outside the platform (phone calls, visits) as the EHR counts them per month, set against the month the
 * pathway took its first client, so the report shows whether the pathway reduces them.
 */
@ApplicationScoped
public class EhrContactsService {

    private final EntityManager em;
    private final Clock clock;

    public EhrContactsService(EntityManager em, Clock clock) {
        this.em = em;
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
            throw ProblemException.invalid("team", "a team or a definitionId (or both) is required");
        }
        em.createNativeQuery("""
                INSERT INTO ehr_contacts (month, definition_id, team, phone_calls, visits, reported_by, reported_at)
                VALUES (?1, CAST(?2 AS uuid), ?3, ?4, ?5, ?6, ?7)
                ON CONFLICT (month, definition_id, team) DO UPDATE SET phone_calls = EXCLUDED.phone_calls,
                    visits = EXCLUDED.visits, reported_by = EXCLUDED.reported_by, reported_at = EXCLUDED.reported_at""")
                .setParameter(1, YearMonth.parse(request.month()).atDay(1))
                .setParameter(2, key(request.definitionId())).setParameter(3, team(request.team()))
                .setParameter(4, request.phoneCalls()).setParameter(5, request.visits())
                .setParameter(6, caller.subject()).setParameter(7, clock.instant()).executeUpdate();
        return new Month(request.month(), request.phoneCalls(), request.visits());
    }

    @Transactional
    public Trend trend(UUID definitionId, String team, Caller caller) {
        if (definitionId == null && team == null) {
            throw ProblemException.invalid("team", "a team or a definitionId (or both) is required");
        }
        boolean everything = caller.hasRole(Role.ANALYST) || caller.hasRole(Role.ADMIN);
        if (!everything && (team == null || !caller.inTeam(team))) {
            throw ProblemException.forbidden("Professionals see the figures of their own teams; name the team.");
        }
        List<Month> months = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                SELECT to_char(month, 'YYYY-MM'), phone_calls, visits FROM ehr_contacts
                WHERE definition_id = CAST(?1 AS uuid) AND team = ?2 ORDER BY month""")
                .setParameter(1, key(definitionId)).setParameter(2, team(team)).getResultList()) {
            Object[] r = (Object[]) row;
            months.add(new Month((String) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).intValue()));
        }
        StringBuilder firstStart = new StringBuilder(
                "SELECT min(day) FROM daily_metric WHERE metric = 'enrollments_started'");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (definitionId != null) {
            firstStart.append(" AND definition_id = CAST(:definition AS uuid)");
            parameters.put("definition", definitionId.toString());
        }
        if (team != null) {
            firstStart.append(" AND team = :team");
            parameters.put("team", team);
        }
        var query = em.createNativeQuery(firstStart.toString());
        parameters.forEach(query::setParameter);
        Object first = query.getSingleResult();
        String started = first == null
                ? null
                : YearMonth.from(first instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) first).toString();
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
        return definitionId == null ? Aggregates.NO_DEFINITION : definitionId.toString();
    }

    private static String team(String team) {
        return team == null ? "" : team;
    }
}
