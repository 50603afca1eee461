package fi.digipolku.metrics.prometheus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import fi.digipolku.metrics.intake.AggregateService;

/** The gauges' reads: totals of the daily counts ({@code daily_metric}) and enrollments from the facts. */
@ApplicationScoped
public class GaugeRepository {

    /** See {@link #enrollments}; each enrollment seen starting counts once. */
    private static final String ENROLLMENTS = """
            SELECT CAST(a.definition_id AS text), a.team, count(*) FILTER (WHERE a.ended IS NULL),
                count(*) FILTER (WHERE a.ended IS NULL OR a.ended >= ?1), count(*) FILTER (WHERE
                    (a.ended IS NULL OR a.ended >= ?1) AND EXISTS (SELECT 1 FROM event_fact m
                    WHERE m.subject = a.subject AND m.event_type = 'measurement.recorded'
                    AND (m.data ->> 'onSchedule')::boolean AND m.day BETWEEN ?1 AND ?2)),
                bool_or(p.measurement_modules > 0)
            FROM (SELECT s.definition_id, s.team, s.subject, (SELECT min(e.day) FROM event_fact e
                    WHERE e.subject = s.subject AND e.event_type IN
                    ('enrollment.completed', 'enrollment.discontinued', 'enrollment.expired') AND e.day <= ?2) AS ended
                FROM event_fact s WHERE s.event_type = 'enrollment.started' AND s.definition_id IS NOT NULL
                AND s.day <= ?2 GROUP BY 1, 2, 3) a
            LEFT JOIN pathway p ON p.definition_id = a.definition_id GROUP BY 1, 2""";

    private final EntityManager em;

    public GaugeRepository(EntityManager em) {
        this.em = em;
    }

    /** The total of one metric of one pathway and team, over all days. */
    record Total(String definitionId, String team, String metric, BigDecimal total) {
    }

    /**
     * Of one pathway's and team's enrollments that this service saw start: those running on the last day, those
     * running at some time since the first day, and of those the ones with an on-schedule measurement in the days;
     * {@code measures} whether the pathway has measurement modules (null when the pathway is unknown).
     */
    record Enrollments(String definitionId, String team, long running, long runningInDays, long measuredInDays,
            Boolean measures) {
    }

    /** Totals of the given metrics per pathway and team, leaving out counts that belong to no pathway. */
    List<Total> totals(List<String> metrics) {
        return session().createNativeQuery("""
                SELECT CAST(definition_id AS text), team, metric, sum(value) FROM daily_metric
                WHERE metric IN (?1) AND definition_id <> CAST(?2 AS uuid)
                GROUP BY 1, 2, 3""", Total.class).setParameter(1, metrics)
                .setParameter(2, AggregateService.NO_DEFINITION)
                .getResultList();
    }

    /** Enrollments per pathway and team over the days from {@code first} to {@code last}. */
    List<Enrollments> enrollments(LocalDate first, LocalDate last) {
        return session().createNativeQuery(ENROLLMENTS, Enrollments.class).setParameter(1, first)
                .setParameter(2, last).getResultList();
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
