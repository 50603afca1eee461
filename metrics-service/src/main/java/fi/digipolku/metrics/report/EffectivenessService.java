package fi.digipolku.metrics.report;

import static fi.digipolku.metrics.intake.Contributions.BREACHES;
import static fi.digipolku.metrics.intake.Contributions.CLIENT_CONTACTS;
import static fi.digipolku.metrics.intake.Contributions.COMPLETED;
import static fi.digipolku.metrics.intake.Contributions.CONTENT_VIEWS;
import static fi.digipolku.metrics.intake.Contributions.DISCONTINUED;
import static fi.digipolku.metrics.intake.Contributions.EXPIRED;
import static fi.digipolku.metrics.intake.Contributions.FIRST_RESPONSES;
import static fi.digipolku.metrics.intake.Contributions.MESSAGES_FROM_CLIENTS;
import static fi.digipolku.metrics.intake.Contributions.MESSAGES_FROM_PROFESSIONALS;
import static fi.digipolku.metrics.intake.Contributions.MONITORING_VIEWS;
import static fi.digipolku.metrics.intake.Contributions.QUESTIONNAIRES;
import static fi.digipolku.metrics.intake.Contributions.STARTED;
import static fi.digipolku.metrics.intake.Contributions.WITHIN_PROMISE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import fi.digipolku.metrics.MetricsConfig;
import fi.digipolku.metrics.intake.Aggregates;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.identity.Role;
import fi.digipolku.support.problem.ProblemException;

/**
 * The effectiveness report: counts from the daily aggregates, and medians, percentiles, distinct clients and
 * client-answer figures from the stored facts. Analysts and admins see every team, professionals their own.
 */
@ApplicationScoped
public class EffectivenessService {

    private final EntityManager em;
    private final MetricsConfig config;

    public EffectivenessService(EntityManager em, MetricsConfig config) {
        this.em = em;
        this.config = config;
    }

    /** Which pathways, teams and days a report covers. */
    public record Scope(UUID definitionId, String team, LocalDate from, LocalDate to) {
    }

    /** The daily counts of one pathway and team. */
    private record Series(String definitionId, String team, Map<String, TreeMap<LocalDate, Long>> metrics) {

        long sum(String metric, LocalDate from, LocalDate to) {
            TreeMap<LocalDate, Long> days = metrics.get(metric);
            return days == null
                    ? 0
                    : days.subMap(from, true, to, true).values().stream().mapToLong(Long::longValue)
                            .sum();
        }

        long upTo(String metric, LocalDate to) {
            TreeMap<LocalDate, Long> days = metrics.get(metric);
            return days == null ? 0 : days.headMap(to, true).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    @Transactional
    public List<EffectivenessRow> report(Caller caller, ReportPeriod period, Scope requested) {
        Scope scope = scopeFor(caller, requested);
        Map<List<String>, Series> series = series(caller, scope);
        Map<String, Object[]> pathways = pathways();
        List<EffectivenessRow> rows = new ArrayList<>();
        for (Series s : series.values()) {
            Object[] pathway = pathways.get(s.definitionId());
            for (ReportPeriod.Span span : period.spans(scope.from(), scope.to())) {
                rows.add(row(s, pathway, span));
            }
        }
        rows.sort((a, b) -> {
            int c = String.valueOf(a.pathwayName()).compareTo(String.valueOf(b.pathwayName()));
            c = c != 0 ? c : String.valueOf(a.team()).compareTo(String.valueOf(b.team()));
            return c != 0 ? c : a.periodStart().compareTo(b.periodStart());
        });
        return rows;
    }

    /** Views per content item of one pathway: how often and by how many clients. */
    @Transactional
    public List<Map<String, Object>> contentViews(Caller caller, Scope requested) {
        Scope scope = scopeFor(caller, requested);
        if (scope.definitionId() == null) {
            throw ProblemException.invalid("definitionId", "is required");
        }
        StringBuilder sql = new StringBuilder("""
                SELECT data ->> 'moduleKey', count(*), count(DISTINCT data ->> 'clientId') FROM event_fact
                WHERE event_type = 'content.viewed' AND definition_id = ?1 AND day BETWEEN ?2 AND ?3""");
        List<String> teams = visibleTeams(caller);
        if (teams != null) {
            sql.append(" AND team IN (?4)");
        }
        sql.append(" GROUP BY 1 ORDER BY 2 DESC, 1");
        Query query = em.createNativeQuery(sql.toString()).setParameter(1, scope.definitionId())
                .setParameter(2, scope.from()).setParameter(3, scope.to());
        if (teams != null) {
            query.setParameter(4, teams);
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            Map<String, Object> item = new java.util.LinkedHashMap<>();
            item.put("moduleKey", r[0]);
            item.put("views", ((Number) r[1]).longValue());
            item.put("viewers", ((Number) r[2]).longValue());
            items.add(item);
        }
        return items;
    }

    private EffectivenessRow row(Series s, Object[] pathway, ReportPeriod.Span span) {
        LocalDate from = span.start();
        LocalDate to = span.end();
        boolean hasPathway = !s.definitionId().equals(Aggregates.NO_DEFINITION);
        long started = s.sum(STARTED, from, to);
        long completed = s.sum(COMPLETED, from, to);
        long discontinued = s.sum(DISCONTINUED, from, to);
        long expired = s.sum(EXPIRED, from, to);
        long ended = completed + discontinued + expired;
        long active = s.upTo(STARTED, to) - s.upTo(COMPLETED, to) - s.upTo(DISCONTINUED, to)
                - s.upTo(EXPIRED, to);
        Facts facts = hasPathway ? new Facts(s.definitionId(), s.team(), from, to) : null;

        var organisation = new EffectivenessRow.Organisation(active, started, completed, discontinued, expired,
                Guard.ratio(completed, ended), Guard.ratio(discontinued, ended),
                facts == null ? null : facts.single("""
                        SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY
                            (data ->> 'endedOn')::date - (data ->> 'startedOn')::date)
                        FROM event_fact WHERE event_type = 'enrollment.completed' AND """));
        long contacts = s.sum(CLIENT_CONTACTS, from, to);
        long firstResponses = s.sum(FIRST_RESPONSES, from, to);
        Object[] percentiles = facts == null ? new Object[2] : facts.row("""
                SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY (data ->> 'seconds')::bigint),
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY (data ->> 'seconds')::bigint)
                FROM event_fact WHERE event_type = 'thread.first-response' AND """);
        int measurementModules = pathway == null ? 0 : ((Number) pathway[2]).intValue();
        Double adherence = null;
        if (facts != null && measurementModules > 0) {
            Double adherent = facts.single("""
                    SELECT count(DISTINCT subject) FROM event_fact WHERE event_type = 'measurement.recorded'
                    AND (data ->> 'onSchedule')::boolean AND """);
            adherence = Guard.ratio(adherent == null ? 0 : adherent.longValue(), active);
        }
        var professional = new EffectivenessRow.Professional(s.sum(MESSAGES_FROM_CLIENTS, from, to),
                s.sum(MESSAGES_FROM_PROFESSIONALS, from, to), contacts, Guard.ratio(contacts, active),
                number(percentiles[0]), number(percentiles[1]), Guard.ratio(s.sum(WITHIN_PROMISE, from, to),
                        firstResponses),
                s.sum(BREACHES, from, to), s.sum(MONITORING_VIEWS, from, to), adherence);
        return new EffectivenessRow(hasPathway ? UUID.fromString(s.definitionId()) : null,
                pathway == null ? null : (String) pathway[0], s.team(), from, to, organisation, professional,
                client(s, facts, pathway, from, to));
    }

    private EffectivenessRow.Client client(Series s, Facts facts, Object[] pathway, LocalDate from, LocalDate to) {
        List<String> suppressed = new ArrayList<>();
        Double responseRate = null;
        Double prom = null;
        Double nps = null;
        Double ces = null;
        if (facts != null) {
            int questionnaires = pathway == null ? 0 : ((Number) pathway[1]).intValue();
            if (questionnaires > 0) {
                Object[] due = facts.row("""
                        SELECT count(DISTINCT f.subject), (SELECT count(DISTINCT (q.subject, q.data ->> 'moduleKey'))
                            FROM event_fact q WHERE q.event_type = 'questionnaire.submitted'
                            AND q.subject IN (SELECT e.subject FROM event_fact e WHERE e.event_type IN
                                ('enrollment.completed', 'enrollment.discontinued', 'enrollment.expired')
                                AND e.definition_id = CAST(:definition AS uuid) AND e.team = :team
                                AND e.day BETWEEN :from AND :to))
                        FROM event_fact f WHERE f.event_type IN
                            ('enrollment.completed', 'enrollment.discontinued', 'enrollment.expired') AND """);
                long ended = ((Number) due[0]).longValue();
                responseRate = Guard.ratio(((Number) due[1]).longValue(), ended * questionnaires);
            }
            Object[] change = facts.row("""
                    SELECT count(*), avg(e.score - (SELECT (s.data ->> 'score')::numeric FROM event_fact s
                        WHERE s.subject = e.subject AND s.event_type = 'questionnaire.submitted'
                        AND s.data ->> 'purpose' = 'START' AND s.data ->> 'score' IS NOT NULL
                        ORDER BY s.occurred_at LIMIT 1))
                    FROM (SELECT DISTINCT ON (subject) subject, (data ->> 'score')::numeric AS score FROM event_fact
                        WHERE event_type = 'questionnaire.submitted' AND data ->> 'purpose' = 'END'
                        AND data ->> 'score' IS NOT NULL AND subject IN (SELECT subject FROM event_fact
                            WHERE event_type = 'questionnaire.submitted' AND data ->> 'purpose' = 'START') AND """
                    + " " + Facts.WHERE + " ORDER BY subject, occurred_at DESC) e");
            if (Guard.suppressed(((Number) change[0]).longValue())) {
                suppressed.add("promChange");
            } else {
                prom = round(number(change[1]));
            }
            Object[] feedback = facts.row("""
                    SELECT count(data -> 'nps') FILTER (WHERE jsonb_typeof(data -> 'nps') = 'number'),
                        count(*) FILTER (WHERE (data ->> 'nps')::int >= 9),
                        count(*) FILTER (WHERE (data ->> 'nps')::int <= 6),
                        count(*) FILTER (WHERE jsonb_typeof(data -> 'ces') = 'number'),
                        avg((data ->> 'ces')::numeric) FILTER (WHERE jsonb_typeof(data -> 'ces') = 'number')
                    FROM event_fact WHERE event_type = 'feedback.submitted' AND """);
            long npsAnswers = ((Number) feedback[0]).longValue();
            if (Guard.suppressed(npsAnswers)) {
                suppressed.add("nps");
            } else {
                nps = Guard.nps(((Number) feedback[1]).longValue(), ((Number) feedback[2]).longValue(), npsAnswers);
            }
            if (Guard.suppressed(((Number) feedback[3]).longValue())) {
                suppressed.add("cesMean");
            } else {
                ces = round(number(feedback[4]));
            }
        }
        return new EffectivenessRow.Client(s.sum(CONTENT_VIEWS, from, to), s.sum(QUESTIONNAIRES, from, to),
                responseRate, prom, nps, ces, List.copyOf(suppressed));
    }

    /** Queries over the facts of one pathway, team and period; {@link #WHERE} ends each query's conditions. */
    private final class Facts {

        static final String WHERE = "definition_id = CAST(:definition AS uuid) AND team = :team AND day BETWEEN :from AND :to";

        private final String definition;
        private final String team;
        private final LocalDate from;
        private final LocalDate to;

        Facts(String definition, String team, LocalDate from, LocalDate to) {
            this.definition = definition;
            this.team = team;
            this.from = from;
            this.to = to;
        }

        Object[] row(String sql) {
            String full = sql.stripTrailing().endsWith("AND") ? sql.stripTrailing() + " " + WHERE : sql;
            Query query = em.createNativeQuery(full);
            Map<String, Object> values = Map.of("definition", definition, "team", team, "from", from, "to", to);
            values.forEach((name, value) -> {
                if (full.contains(":" + name)) {
                    query.setParameter(name, value);
                }
            });
            Object result = query.getSingleResult();
            return result instanceof Object[] array ? array : new Object[]{result};
        }

        Double single(String sql) {
            return number(row(sql)[0]);
        }
    }

    private Map<List<String>, Series> series(Caller caller, Scope scope) {
        StringBuilder sql = new StringBuilder("""
                SELECT CAST(definition_id AS text), team, metric, day, value FROM daily_metric WHERE day <= ?1""");
        List<Object> parameters = new ArrayList<>(List.of(scope.to()));
        if (scope.definitionId() != null) {
            parameters.add(scope.definitionId());
            sql.append(" AND definition_id = ?").append(parameters.size());
        }
        if (scope.team() != null) {
            parameters.add(scope.team());
            sql.append(" AND team = ?").append(parameters.size());
        }
        List<String> teams = visibleTeams(caller);
        if (teams != null) {
            parameters.add(teams);
            sql.append(" AND team IN (?").append(parameters.size()).append(")");
        }
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        Map<List<String>, Series> series = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            String definition = (String) r[0];
            String team = (String) r[1];
            LocalDate day = r[3] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) r[3];
            series.computeIfAbsent(List.of(definition, team), k -> new Series(definition, team, new HashMap<>()))
                    .metrics().computeIfAbsent((String) r[2], k -> new TreeMap<>())
                    .merge(day, ((Number) r[4]).longValue(), Long::sum);
        }
        return series;
    }

    /** Latest name, questionnaire modules and measurement modules of every pathway. */
    private Map<String, Object[]> pathways() {
        Map<String, Object[]> pathways = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                SELECT CAST(definition_id AS text), name, questionnaire_modules, measurement_modules FROM pathway""")
                .getResultList()) {
            Object[] r = (Object[]) row;
            pathways.put((String) r[0], new Object[]{r[1], r[2], r[3]});
        }
        return pathways;
    }

    /** The teams a caller may see, or null for all of them. */
    private static List<String> visibleTeams(Caller caller) {
        if (caller.hasRole(Role.ANALYST) || caller.hasRole(Role.ADMIN)) {
            return null;
        }
        return caller.teams().isEmpty() ? List.of("") : List.copyOf(caller.teams());
    }

    private Scope scopeFor(Caller caller, Scope scope) {
        if (scope.team() != null && visibleTeams(caller) != null && !caller.inTeam(scope.team())) {
            throw ProblemException.forbidden("You see the figures of your own teams only.");
        }
        LocalDate today = LocalDate.now(config.zone());
        LocalDate to = scope.to() == null ? today : scope.to();
        LocalDate from = scope.from() == null ? to.minusMonths(3).withDayOfMonth(1) : scope.from();
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        if (from.plusYears(3).isBefore(to)) {
            throw ProblemException.invalid("from", "a report covers at most three years");
        }
        return new Scope(scope.definitionId(), scope.team(), from, to);
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }
}
