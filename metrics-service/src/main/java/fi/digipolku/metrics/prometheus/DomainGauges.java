package fi.digipolku.metrics.prometheus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.Startup;

import fi.digipolku.metrics.MetricsConfig;
import fi.digipolku.metrics.intake.Contributions;
import fi.digipolku.metrics.report.Shares;

/**
 * The domain gauges at {@code /q/metrics}, read from the database so that every replica reports the same values.
 * Labels are the pathway definition and the team only, never a person.
 */
@ApplicationScoped
@Startup
public class DomainGauges {

    public static final String ACTIVE = "digipolku_enrollments_active";
    public static final String OUTCOMES = "digipolku_enrollment_outcomes";
    public static final String CONTENT_VIEWS = "digipolku_content_views";
    public static final String BREACHES = "digipolku_service_promise_breaches";
    public static final String ADHERENCE = "digipolku_measurement_adherence_ratio";

    private final EntityManager em;
    private final MetricsConfig config;
    private final Clock clock;
    private final MultiGauge active;
    private final MultiGauge outcomes;
    private final MultiGauge contentViews;
    private final MultiGauge breaches;
    private final MultiGauge adherence;

    public DomainGauges(EntityManager em, MetricsConfig config, MeterRegistry registry, Clock clock) {
        this.em = em;
        this.config = config;
        this.clock = clock;
        active = MultiGauge.builder(ACTIVE).description("Enrollments running now").register(registry);
        outcomes = MultiGauge.builder(OUTCOMES)
                .description("Enrollments ended so far, by outcome (completed, discontinued, expired)")
                .register(registry);
        contentViews = MultiGauge.builder(CONTENT_VIEWS).description("Content items viewed so far")
                .register(registry);
        breaches = MultiGauge.builder(BREACHES).description("Service promises broken so far").register(registry);
        adherence = MultiGauge.builder(ADHERENCE).description(
                "Of the enrollments running at some time in the last 7 days, the share with an on-schedule measurement in them (pathways that measure)")
                .register(registry);
    }

    /** Reads every gauge again. */
    @Transactional
    public void refresh() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), config.zone());
        List<MultiGauge.Row<?>> activeRows = new ArrayList<>();
        List<MultiGauge.Row<?>> outcomeRows = new ArrayList<>();
        List<MultiGauge.Row<?>> viewRows = new ArrayList<>();
        // Every pathway and team with any figure shows its broken promises, 0 before the first (a panel shows 0,
        // not "No data").
        Map<Tags, Double> breachesByPathway = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("""
                SELECT CAST(definition_id AS text), team, metric, sum(value) FROM daily_metric
                WHERE metric IN (?1) AND definition_id <> CAST(?2 AS uuid)
                GROUP BY 1, 2, 3""").setParameter(1, List.of(Contributions.STARTED, Contributions.COMPLETED,
                Contributions.DISCONTINUED, Contributions.EXPIRED, Contributions.CONTENT_VIEWS,
                Contributions.BREACHES)).setParameter(2, fi.digipolku.metrics.intake.Aggregates.NO_DEFINITION)
                .getResultList()) {
            Object[] r = (Object[]) row;
            Tags tags = Tags.of("definition", (String) r[0], "team", (String) r[1]);
            double value = ((Number) r[3]).doubleValue();
            breachesByPathway.putIfAbsent(tags, 0.0);
            switch ((String) r[2]) {
                case Contributions.COMPLETED ->
                    outcomeRows.add(MultiGauge.Row.of(tags.and("outcome", "completed"), value));
                case Contributions.DISCONTINUED -> outcomeRows
                        .add(MultiGauge.Row.of(tags.and("outcome", "discontinued"), value));
                case Contributions.EXPIRED -> outcomeRows.add(MultiGauge.Row.of(tags.and("outcome", "expired"), value));
                case Contributions.CONTENT_VIEWS -> viewRows.add(MultiGauge.Row.of(tags, value));
                case Contributions.BREACHES -> breachesByPathway.put(tags, value);
                default -> {
                }
            }
        }
        // Running enrollments and measurement adherence count the enrollments this service saw start, each once, so
        // an ending or a measurement of an unknown enrollment cannot make a count negative or a share exceed 1.
        LocalDate weekStart = today.minusDays(6);
        List<MultiGauge.Row<?>> adherenceRows = new ArrayList<>();
        for (Object row : em
                .createNativeQuery(
                        """
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
                                LEFT JOIN pathway p ON p.definition_id = a.definition_id GROUP BY 1, 2""")
                .setParameter(1, weekStart).setParameter(2, today).getResultList()) {
            Object[] r = (Object[]) row;
            Tags tags = Tags.of("definition", (String) r[0], "team", (String) r[1]);
            activeRows.add(MultiGauge.Row.of(tags, ((Number) r[2]).doubleValue()));
            Double share = Boolean.TRUE.equals(r[5])
                    ? Shares.of(((Number) r[4]).longValue(), ((Number) r[3]).longValue())
                    : null;
            if (share != null) {
                adherenceRows.add(MultiGauge.Row.of(tags, share));
            }
        }
        active.register(activeRows, true);
        outcomes.register(outcomeRows, true);
        contentViews.register(viewRows, true);
        List<MultiGauge.Row<?>> breachRows = new ArrayList<>();
        breachesByPathway.forEach((tags, value) -> breachRows.add(MultiGauge.Row.of(tags, value)));
        breaches.register(breachRows, true);
        adherence.register(adherenceRows, true);
    }
}
