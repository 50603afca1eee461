package fi.digipolku.metrics.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import fi.digipolku.metrics.intake.AggregateService;

/**
 * The effectiveness report's reads: the daily counts ({@code daily_metric}), the pathway dimension ({@code pathway})
 * and the figures computed from the stored facts ({@code event_fact}) of one pathway, team and period.
 */
@ApplicationScoped
public class EffectivenessRepository {

    private final EntityManager em;
    private final ObjectMapper json;

    public EffectivenessRepository(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
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
    }

    /** What the stored facts tell of one {@link Facts}: the report's figures that daily counts cannot give. */
    record Figures(Enrollments enrollments, Double medianDurationDays, Percentiles firstResponses,
            List<Long> questionnairesAnsweredPerEnded, PromChange promChange) {
    }

    /** One figure of the cell numbered {@code cell}, for the queries that answer a row per enrollment. */
    record CellCount(long cell, long count) {
    }

    /**
     * The cells of a batch, one row each, numbered from 1 in the order given: {@code c.definition_id} (the nil UUID
     * for facts without a pathway), {@code c.team}, {@code c.from_day}, {@code c.to_day} and {@code c.closed}.
     */
    private static final String CELLS = """
            jsonb_to_recordset(CAST(:cells AS jsonb))
                AS c(n bigint, definition_id uuid, team text, from_day date, to_day date, closed timestamptz)""";

    /** The facts aliased {@code alias} of the cell's pathway (facts without one under the nil UUID) and team. */
    private static String ofCell(String alias) {
        return "coalesce(" + alias + ".definition_id, '" + AggregateService.NO_DEFINITION + "') = c.definition_id AND "
                + alias + ".team = c.team";
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

    /**
     * The figures of every cell, in the order given. Each figure is one query over all the cells (a report page or a
     * whole CSV is a handful of queries, never a handful per row), reading only the facts of each cell's pathway and
     * team through {@code event_fact_by_series}.
     */
    List<Figures> figures(List<Facts> cells) {
        if (cells.isEmpty()) {
            return List.of();
        }
        String json = cellsJson(cells);
        List<Enrollments> enrollments = perCell(json, """
                SELECT count(*) FILTER (WHERE a.ended IS NULL OR a.ended > c.to_day), count(*),
                    count(*) FILTER (WHERE EXISTS (SELECT 1 FROM event_fact m WHERE m.subject = a.subject
                        AND m.event_type = 'measurement.recorded' AND (m.data ->> 'onSchedule')::boolean
                        AND m.day BETWEEN c.from_day AND c.to_day))
                FROM (SELECT s.subject, (SELECT min(e.day) FROM event_fact e WHERE e.subject = s.subject
                        AND e.event_type IN ('enrollment.completed', 'enrollment.discontinued', 'enrollment.expired')
                        AND e.day <= c.to_day) AS ended
                    FROM event_fact s WHERE s.event_type = 'enrollment.started' AND s.day <= c.to_day AND """
                + " " + ofCell("s") + " GROUP BY s.subject) a WHERE a.ended IS NULL OR a.ended >= c.from_day",
                Enrollments.class);
        List<Double> durations = perCell(json, """
                SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY
                    (f.data ->> 'endedOn')::date - (f.data ->> 'startedOn')::date)
                FROM event_fact f WHERE f.event_type = 'enrollment.completed' AND """ + " " + inCell("f"),
                Double.class);
        List<Percentiles> responses = perCell(json, """
                SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY (f.data ->> 'seconds')::bigint),
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY (f.data ->> 'seconds')::bigint)
                FROM event_fact f WHERE f.event_type = 'thread.first-response' AND """ + " " + inCell("f"),
                Percentiles.class);
        List<PromChange> proms = perCell(json, """
                SELECT count(*), avg(e.score - (SELECT (s.data ->> 'score')::numeric FROM event_fact s
                    WHERE s.subject = e.subject AND s.event_type = 'questionnaire.submitted'
                    AND s.data ->> 'purpose' = 'START' AND s.data ->> 'score' IS NOT NULL AND s.received_at < c.closed
                    ORDER BY s.occurred_at LIMIT 1))
                FROM (SELECT DISTINCT ON (f.subject) f.subject, (f.data ->> 'score')::numeric AS score
                    FROM event_fact f WHERE f.event_type = 'questionnaire.submitted' AND f.data ->> 'purpose' = 'END'
                    AND f.data ->> 'score' IS NOT NULL AND f.received_at < c.closed AND f.subject IN (SELECT subject
                        FROM event_fact WHERE event_type = 'questionnaire.submitted'
                        AND data ->> 'purpose' = 'START' AND received_at < c.closed) AND """
                + " " + inCell("f") + " ORDER BY f.subject, f.occurred_at DESC) e", PromChange.class);
        // Per enrollment ended in the cell, how many distinct questionnaires its client answered.
        List<CellCount> answered = session().createNativeQuery("SELECT c.n, x.answered FROM " + CELLS + """
                 CROSS JOIN LATERAL (SELECT (SELECT count(DISTINCT q.data ->> 'moduleKey') FROM event_fact q
                    WHERE q.subject = f.subject AND q.event_type = 'questionnaire.submitted') AS answered
                FROM event_fact f WHERE f.event_type IN
                    ('enrollment.completed', 'enrollment.discontinued', 'enrollment.expired') AND """
                + " " + inCell("f") + " GROUP BY f.subject) x ORDER BY c.n", CellCount.class)
                .setParameter("cells", json).getResultList();
        List<List<Long>> answeredPerCell = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            answeredPerCell.add(new ArrayList<>());
        }
        for (CellCount count : answered) {
            answeredPerCell.get((int) count.cell() - 1).add(count.count());
        }
        List<Figures> figures = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            figures.add(new Figures(enrollments.get(i), durations.get(i), responses.get(i),
                    List.copyOf(answeredPerCell.get(i)), proms.get(i)));
        }
        return figures;
    }

    /** The facts aliased {@code alias} of the cell's pathway, team and days. */
    private static String inCell(String alias) {
        return ofCell(alias) + " AND " + alias + ".day BETWEEN c.from_day AND c.to_day";
    }

    /** One aggregate row per cell, in the cells' order: {@code sql} is evaluated once for each cell. */
    private <T> List<T> perCell(String cellsJson, String sql, Class<T> row) {
        return session().createNativeQuery("SELECT x.* FROM " + CELLS + " CROSS JOIN LATERAL (" + sql
                + ") x ORDER BY c.n", row).setParameter("cells", cellsJson).getResultList();
    }

    /** The cells as the JSON array that {@link #CELLS} reads. */
    private String cellsJson(List<Facts> cells) {
        ArrayNode array = json.createArrayNode();
        for (int i = 0; i < cells.size(); i++) {
            Facts cell = cells.get(i);
            array.addObject().put("n", i + 1).put("definition_id", cell.definition()).put("team", cell.team())
                    .put("from_day", cell.from().toString()).put("to_day", cell.to().toString())
                    .put("closed", cell.closed() == null ? null : cell.closed().toString());
        }
        return array.toString();
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
