package fi.digipolku.metrics.report;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

import fi.digipolku.metrics.intake.AggregateService;

/**
 * The effectiveness report's reads: the daily counts ({@code daily_metric}), the pathway dimension ({@code pathway})
 * and the figures computed from the stored facts ({@code event_fact}) of one pathway, team and period.
 */
@ApplicationScoped
public class EffectivenessRepository {

    private final EntityManager em;

    public EffectivenessRepository(EntityManager em) {
        this.em = em;
    }

    /** One day's count of one metric of a pathway (the nil UUID for none) and team. */
    record DailyCount(String definitionId, String team, String metric, LocalDate day, long value) {
    }

    /** A pathway's latest name and how many questionnaire and measurement modules it has. */
    record PathwayFigures(String definitionId, String name, int questionnaireModules, int measurementModules) {
    }

    /**
     * Of the enrollments this service saw start, each once: running at the end of the period, running at some time
     * in it, and of the latter those with an on-schedule measurement in the period (a subset by construction).
     */
    record Enrollments(long running, long runningInPeriod, long measuredOnSchedule) {
    }

    /** The median and 90th percentile of first-response times in seconds, null without any. */
    record Percentiles(Double median, Double p90) {
    }

    /** How many enrollments have a START and an END score, and the mean END − START change (null without any). */
    record PromChange(long contributors, BigDecimal mean) {
    }

    /**
     * The facts of one pathway (the nil UUID for the facts without one), team and period; {@code closed} (or null)
     * is the moment up to which the facts from clients' own answers are counted.
     */
    record Facts(String definition, String team, LocalDate from, LocalDate to, Instant closed) {

        /** Ends each query's conditions over the facts of a series with a pathway. */
        static final String WHERE = "definition_id = CAST(:definition AS uuid) AND team = :team"
                + " AND day BETWEEN :from AND :to";

        /**
         * The pathway and team of the facts aliased {@code alias}: facts without a pathway when the series has none.
         */
        String where(String alias) {
            return (definition.equals(AggregateService.NO_DEFINITION)
                    ? alias + ".definition_id IS NULL"
                    : alias + ".definition_id = CAST(:definition AS uuid)") + " AND " + alias + ".team = :team";
        }
    }

    /**
     * The daily counts up to {@code to}, of one pathway and one team when given, of the {@code teams} when not null.
     */
    List<DailyCount> dailyCounts(LocalDate to, UUID definitionId, String team, List<String> teams) {
        StringBuilder sql = new StringBuilder("""
                SELECT CAST(definition_id AS text), team, metric, day, value FROM daily_metric WHERE day <= ?1""");
        List<Object> parameters = new ArrayList<>(List.of(to));
        if (definitionId != null) {
            parameters.add(definitionId);
            sql.append(" AND definition_id = ?").append(parameters.size());
        }
        if (team != null) {
            parameters.add(team);
            sql.append(" AND team = ?").append(parameters.size());
        }
        if (teams != null) {
            parameters.add(teams);
            sql.append(" AND team IN (?").append(parameters.size()).append(")");
        }
        NativeQuery<DailyCount> query = session().createNativeQuery(sql.toString(), DailyCount.class);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query.getResultList();
    }

    /** Latest name, questionnaire modules and measurement modules of every pathway. */
    List<PathwayFigures> pathways() {
        return session().createNativeQuery("""
                SELECT CAST(definition_id AS text), name, questionnaire_modules, measurement_modules FROM pathway""",
                PathwayFigures.class).getResultList();
    }

    /** Views per content item of one pathway in the days, of the {@code teams} when not null; most viewed first. */
    List<ContentViews> contentViews(UUID definitionId, LocalDate from, LocalDate to, List<String> teams) {
        StringBuilder sql = new StringBuilder("""
                SELECT data ->> 'moduleKey', count(*), count(DISTINCT data ->> 'clientId') FROM event_fact
                WHERE event_type = 'content.viewed' AND definition_id = ?1 AND day BETWEEN ?2 AND ?3""");
        if (teams != null) {
            sql.append(" AND team IN (?4)");
        }
        sql.append(" GROUP BY 1 ORDER BY 2 DESC, 1");
        NativeQuery<ContentViews> query = session().createNativeQuery(sql.toString(), ContentViews.class)
                .setParameter(1, definitionId).setParameter(2, from).setParameter(3, to);
        if (teams != null) {
            query.setParameter(4, teams);
        }
        return query.getResultList();
    }

    /** The enrollments of the series of {@code facts} (with or without a pathway). */
    Enrollments enrollments(Facts facts) {
        return query(facts, """
                SELECT count(*) FILTER (WHERE a.ended IS NULL OR a.ended > :to), count(*),
                    count(*) FILTER (WHERE EXISTS (SELECT 1 FROM event_fact m WHERE m.subject = a.subject
                        AND m.event_type = 'measurement.recorded' AND (m.data ->> 'onSchedule')::boolean
                        AND m.day BETWEEN :from AND :to))
                FROM (SELECT s.subject, (SELECT min(e.day) FROM event_fact e WHERE e.subject = s.subject
                        AND e.event_type IN ('enrollment.completed', 'enrollment.discontinued', 'enrollment.expired')
                        AND e.day <= :to) AS ended
                    FROM event_fact s WHERE s.event_type = 'enrollment.started' AND s.day <= :to AND """
                + " " + facts.where("s") + " GROUP BY s.subject) a WHERE a.ended IS NULL OR a.ended >= :from",
                Enrollments.class).getSingleResult();
    }

    /** The median duration in days of the enrollments completed in the period, null without any. */
    Double medianDurationDays(Facts facts) {
        return query(facts, """
                SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY
                    (data ->> 'endedOn')::date - (data ->> 'startedOn')::date)
                FROM event_fact WHERE event_type = 'enrollment.completed' AND """, Double.class).getSingleResult();
    }

    /** The first-response times of the period. */
    Percentiles firstResponses(Facts facts) {
        return query(facts, """
                SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY (data ->> 'seconds')::bigint),
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY (data ->> 'seconds')::bigint)
                FROM event_fact WHERE event_type = 'thread.first-response' AND """, Percentiles.class)
                .getSingleResult();
    }

    /** Per enrollment ended in the period, how many distinct questionnaires its client answered. */
    List<Long> questionnairesAnsweredPerEnded(Facts facts) {
        return query(facts, """
                SELECT (SELECT count(DISTINCT q.data ->> 'moduleKey') FROM event_fact q
                    WHERE q.subject = f.subject AND q.event_type = 'questionnaire.submitted')
                FROM event_fact f WHERE f.event_type IN
                    ('enrollment.completed', 'enrollment.discontinued', 'enrollment.expired') AND """
                + " " + Facts.WHERE + " GROUP BY f.subject", Long.class).getResultList();
    }

    /** The PROM change of the enrollments whose END answer is in the period, from answers received by the close. */
    PromChange promChange(Facts facts) {
        return query(facts, """
                SELECT count(*), avg(e.score - (SELECT (s.data ->> 'score')::numeric FROM event_fact s
                    WHERE s.subject = e.subject AND s.event_type = 'questionnaire.submitted'
                    AND s.data ->> 'purpose' = 'START' AND s.data ->> 'score' IS NOT NULL AND s.received_at < :closed
                    ORDER BY s.occurred_at LIMIT 1))
                FROM (SELECT DISTINCT ON (subject) subject, (data ->> 'score')::numeric AS score FROM event_fact
                    WHERE event_type = 'questionnaire.submitted' AND data ->> 'purpose' = 'END'
                    AND data ->> 'score' IS NOT NULL AND received_at < :closed AND subject IN (SELECT subject
                        FROM event_fact WHERE event_type = 'questionnaire.submitted'
                        AND data ->> 'purpose' = 'START' AND received_at < :closed) AND """
                + " " + Facts.WHERE + " ORDER BY subject, occurred_at DESC) e", PromChange.class).getSingleResult();
    }

    /** A query over {@code facts}: {@link Facts#WHERE} ends a query that ends in AND; the parameters it names bound. */
    private <T> NativeQuery<T> query(Facts facts, String sql, Class<T> row) {
        String full = sql.stripTrailing().endsWith("AND") ? sql.stripTrailing() + " " + Facts.WHERE : sql;
        NativeQuery<T> query = session().createNativeQuery(full, row);
        Map<String, Object> values = new HashMap<>(Map.of("definition", facts.definition(), "team", facts.team(),
                "from", facts.from(), "to", facts.to()));
        if (facts.closed() != null) {
            values.put("closed", Timestamp.from(facts.closed()));
        }
        values.forEach((name, value) -> {
            if (full.contains(":" + name)) {
                query.setParameter(name, value);
            }
        });
        return query;
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
