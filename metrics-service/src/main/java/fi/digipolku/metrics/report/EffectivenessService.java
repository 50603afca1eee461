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

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
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
import fi.digipolku.support.http.Page;
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
    private final Clock clock;

    public EffectivenessService(EntityManager em, MetricsConfig config, Clock clock) {
        this.em = em;
        this.config = config;
        this.clock = clock;
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
    }

    /**
     * One page of the report: rows ordered by pathway name, team and period start; {@code total} counts every row.
     * Only the rows of the page are computed.
     */
    @Transactional
    public Page<EffectivenessRow> report(Caller caller, ReportPeriod period, Scope requested, int page, int size) {
        Scope scope = scopeFor(caller, requested);
        Map<String, Object[]> pathways = pathways();
        List<Series> series = new ArrayList<>(series(caller, scope).values());
        series.sort(Comparator.comparing((Series s) -> String.valueOf(name(pathways.get(s.definitionId()))))
                .thenComparing(Series::team).thenComparing(Series::definitionId));
        List<ReportPeriod.Span> spans = period.spans(scope.from(), scope.to());
        long total = (long) series.size() * spans.size();
        List<EffectivenessRow> rows = new ArrayList<>();
        for (long i = (long) page * size; i < Math.min(total, (long) page * size + size); i++) {
            Series s = series.get((int) (i / spans.size()));
            ReportPeriod.Span span = spans.get((int) (i % spans.size()));
            Instant closed = period == ReportPeriod.MONTH ? config.answersClose(YearMonth.from(span.start())) : null;
            rows.add(row(s, pathways.get(s.definitionId()), span,
                    closed != null && !clock.instant().isBefore(closed) ? closed : null));
        }
        return new Page<>(rows, page, size, total);
    }

    /** How many rows the report has, without computing them. */
    @Transactional
    public long rows(Caller caller, ReportPeriod period, Scope requested) {
        Scope scope = scopeFor(caller, requested);
        return (long) series(caller, scope).size() * period.spans(scope.from(), scope.to()).size();
    }

    private static String name(Object[] pathway) {
        return pathway == null ? null : (String) pathway[0];
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

    /**
     * One row; {@code answersClosed} is the moment up to which the figures from clients' own answers are counted, or
     * null when they are not shown: only in calendar months whose answers have closed
     * ({@link MetricsConfig#answersClose}), counted from the facts received by then. Such months never overlap and their
     * figures never change, so no two rows or readings can be subtracted to isolate a few answers.
     */
    private EffectivenessRow row(Series s, Object[] pathway, ReportPeriod.Span span, Instant answersClosed) {
        LocalDate from = span.start();
        LocalDate to = span.end();
        boolean hasPathway = !s.definitionId().equals(Aggregates.NO_DEFINITION);
        long started = s.sum(STARTED, from, to);
        long completed = s.sum(COMPLETED, from, to);
        long discontinued = s.sum(DISCONTINUED, from, to);
        long expired = s.sum(EXPIRED, from, to);
        long ended = completed + discontinued + expired;
        Facts facts = new Facts(s.definitionId(), s.team(), from, to, answersClosed);
        // The enrollments this service saw start, each once: running at the end of the period, running at some time
        // in it, and of the latter those with an on-schedule measurement in the period (a subset by construction).
        Object[] enrollments = facts.row("""
                SELECT count(*) FILTER (WHERE a.ended IS NULL OR a.ended > :to), count(*),
                    count(*) FILTER (WHERE EXISTS (SELECT 1 FROM event_fact m WHERE m.subject = a.subject
                        AND m.event_type = 'measurement.recorded' AND (m.data ->> 'onSchedule')::boolean
                        AND m.day BETWEEN :from AND :to))
                FROM (SELECT s.subject, (SELECT min(e.day) FROM event_fact e WHERE e.subject = s.subject
                        AND e.event_type IN ('enrollment.completed', 'enrollment.discontinued', 'enrollment.expired')
                        AND e.day <= :to) AS ended
                    FROM event_fact s WHERE s.event_type = 'enrollment.started' AND s.day <= :to AND """
                + " " + facts.where("s") + " GROUP BY s.subject) a WHERE a.ended IS NULL OR a.ended >= :from");
        long active = ((Number) enrollments[0]).longValue();

        var organisation = new EffectivenessRow.Organisation(active, started, completed, discontinued, expired,
                Shares.of(completed, ended), Shares.of(discontinued, ended),
                !hasPathway ? null : facts.single("""
                        SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY
                            (data ->> 'endedOn')::date - (data ->> 'startedOn')::date)
                        FROM event_fact WHERE event_type = 'enrollment.completed' AND """));
        long contacts = s.sum(CLIENT_CONTACTS, from, to);
        long firstResponses = s.sum(FIRST_RESPONSES, from, to);
        Object[] percentiles = !hasPathway ? new Object[2] : facts.row("""
                SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY (data ->> 'seconds')::bigint),
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY (data ->> 'seconds')::bigint)
                FROM event_fact WHERE event_type = 'thread.first-response' AND """);
        int measurementModules = pathway == null ? 0 : ((Number) pathway[2]).intValue();
        Double adherence = hasPathway && measurementModules > 0
                ? Shares.of(((Number) enrollments[2]).longValue(), ((Number) enrollments[1]).longValue())
                : null;
        var professional = new EffectivenessRow.Professional(s.sum(MESSAGES_FROM_CLIENTS, from, to),
                s.sum(MESSAGES_FROM_PROFESSIONALS, from, to), contacts, Guard.ratio(contacts, active),
                number(percentiles[0]), number(percentiles[1]), Shares.of(s.sum(WITHIN_PROMISE, from, to),
                        firstResponses),
                s.sum(BREACHES, from, to), s.sum(MONITORING_VIEWS, from, to), adherence);
        return new EffectivenessRow(hasPathway ? UUID.fromString(s.definitionId()) : null, name(pathway), s.team(),
                from, to, organisation, professional,
                client(s, hasPathway ? facts : null, pathway, from, to, answersClosed != null));
    }

    private EffectivenessRow.Client client(Series s, Facts facts, Object[] pathway, LocalDate from, LocalDate to,
            boolean answersShown) {
        List<String> suppressed = new ArrayList<>();
        Double responseRate = null;
        Double prom = null;
        if (facts != null) {
            int questionnaires = pathway == null ? 0 : ((Number) pathway[1]).intValue();
            if (questionnaires > 0) {
                long ended = 0;
                long answered = 0;
                for (Object distinctAnswered : facts.list("""
                        SELECT (SELECT count(DISTINCT q.data ->> 'moduleKey') FROM event_fact q
                            WHERE q.subject = f.subject AND q.event_type = 'questionnaire.submitted')
                        FROM event_fact f WHERE f.event_type IN
                            ('enrollment.completed', 'enrollment.discontinued', 'enrollment.expired') AND """
                        + " " + Facts.WHERE + " GROUP BY f.subject")) {
                    ended++;
                    answered += Shares.answeredOfDue(((Number) distinctAnswered).longValue(), questionnaires);
                }
                responseRate = Shares.of(answered, ended * questionnaires);
            }
        }
        if (facts != null && !answersShown) {
            suppressed.add("promChange");
        } else if (facts != null) {
            Object[] change = facts
                    .row("""
                            SELECT count(*), avg(e.score - (SELECT (s.data ->> 'score')::numeric FROM event_fact s
                                WHERE s.subject = e.subject AND s.event_type = 'questionnaire.submitted'
                                AND s.data ->> 'purpose' = 'START' AND s.data ->> 'score' IS NOT NULL AND s.received_at < :closed
                                ORDER BY s.occurred_at LIMIT 1))
                            FROM (SELECT DISTINCT ON (subject) subject, (data ->> 'score')::numeric AS score FROM event_fact
                                WHERE event_type = 'questionnaire.submitted' AND data ->> 'purpose' = 'END'
                                AND data ->> 'score' IS NOT NULL AND received_at < :closed AND subject IN (SELECT subject
                                    FROM event_fact WHERE event_type = 'questionnaire.submitted'
                                    AND data ->> 'purpose' = 'START' AND received_at < :closed) AND """
                            + " " + Facts.WHERE + " ORDER BY subject, occurred_at DESC) e");
            if (Guard.suppressed(((Number) change[0]).longValue())) {
                suppressed.add("promChange");
            } else {
                prom = round(number(change[1]));
            }
        }
        return new EffectivenessRow.Client(s.sum(CONTENT_VIEWS, from, to), s.sum(QUESTIONNAIRES, from, to),
                responseRate, prom, List.copyOf(suppressed));
    }

    /** Queries over the facts of one pathway, team and period; {@link #WHERE} ends each query's conditions. */
    private final class Facts {

        static final String WHERE = "definition_id = CAST(:definition AS uuid) AND team = :team AND day BETWEEN :from AND :to";

        private final String definition;
        private final String team;
        private final LocalDate from;
        private final LocalDate to;
        private final Instant closed;

        Facts(String definition, String team, LocalDate from, LocalDate to, Instant closed) {
            this.definition = definition;
            this.team = team;
            this.from = from;
            this.to = to;
            this.closed = closed;
        }

        /** The pathway and team of the facts aliased {@code alias}: facts without a pathway when the series has none. */
        String where(String alias) {
            return (definition.equals(Aggregates.NO_DEFINITION)
                    ? alias + ".definition_id IS NULL"
                    : alias + ".definition_id = CAST(:definition AS uuid)") + " AND " + alias + ".team = :team";
        }

        private Query query(String sql) {
            String full = sql.stripTrailing().endsWith("AND") ? sql.stripTrailing() + " " + WHERE : sql;
            Query query = em.createNativeQuery(full);
            Map<String, Object> values = new HashMap<>(Map.of("definition", definition, "team", team, "from", from,
                    "to", to));
            if (closed != null) {
                values.put("closed", Timestamp.from(closed));
            }
            values.forEach((name, value) -> {
                if (full.contains(":" + name)) {
                    query.setParameter(name, value);
                }
            });
            return query;
        }

        Object[] row(String sql) {
            Object result = query(sql).getSingleResult();
            return result instanceof Object[] array ? array : new Object[]{result};
        }

        List<?> list(String sql) {
            return query(sql).getResultList();
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
        LocalDate today = LocalDate.ofInstant(clock.instant(), config.zone());
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
