package fi.digipolku.metrics.prometheus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

import fi.digipolku.metrics.MetricsConfig;
import fi.digipolku.metrics.intake.Contributions;
import fi.digipolku.metrics.report.Guard;

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
    public static final String NPS = "digipolku_nps";

    private final EntityManager em;
    private final MetricsConfig config;
    private final MultiGauge active;
    private final MultiGauge outcomes;
    private final MultiGauge contentViews;
    private final MultiGauge breaches;
    private final MultiGauge adherence;
    private final MultiGauge nps;

    public DomainGauges(EntityManager em, MetricsConfig config, MeterRegistry registry) {
        this.em = em;
        this.config = config;
        active = MultiGauge.builder(ACTIVE).description("Enrollments running now").register(registry);
        outcomes = MultiGauge.builder(OUTCOMES)
                .description("Enrollments ended so far, by outcome (completed, discontinued, expired)")
                .register(registry);
        contentViews = MultiGauge.builder(CONTENT_VIEWS).description("Content items viewed so far")
                .register(registry);
        breaches = MultiGauge.builder(BREACHES).description("Service promises broken so far").register(registry);
        adherence = MultiGauge.builder(ADHERENCE).description(
                "Share of running enrollments with an on-schedule measurement in the last 7 days (pathways that measure)")
                .register(registry);
        nps = MultiGauge.builder(NPS).description("Net Promoter Score over the last 90 days; absent under 10 answers")
                .register(registry);
    }

    @Scheduled(every = "${digipolku.metrics.gauge-refresh:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        refresh();
    }

    /** Reads every gauge again. */
    @Transactional
    public void refresh() {
        LocalDate today = LocalDate.now(config.zone());
        List<MultiGauge.Row<?>> activeRows = new ArrayList<>();
        List<MultiGauge.Row<?>> outcomeRows = new ArrayList<>();
        List<MultiGauge.Row<?>> viewRows = new ArrayList<>();
        List<MultiGauge.Row<?>> breachRows = new ArrayList<>();
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
            switch ((String) r[2]) {
                case Contributions.COMPLETED ->
                    outcomeRows.add(MultiGauge.Row.of(tags.and("outcome", "completed"), value));
                case Contributions.DISCONTINUED -> outcomeRows
                        .add(MultiGauge.Row.of(tags.and("outcome", "discontinued"), value));
                case Contributions.EXPIRED -> outcomeRows.add(MultiGauge.Row.of(tags.and("outcome", "expired"), value));
                case Contributions.CONTENT_VIEWS -> viewRows.add(MultiGauge.Row.of(tags, value));
                case Contributions.BREACHES -> breachRows.add(MultiGauge.Row.of(tags, value));
                default -> {
                }
            }
        }
        for (Object row : em.createNativeQuery("""
                SELECT CAST(definition_id AS text), team,
                    sum(value) FILTER (WHERE metric = ?1) - coalesce(sum(value) FILTER (WHERE metric IN (?2)), 0)
                FROM daily_metric WHERE metric IN (?3) AND definition_id <> CAST(?4 AS uuid) GROUP BY 1, 2""")
                .setParameter(1, Contributions.STARTED)
                .setParameter(2, List.of(Contributions.COMPLETED, Contributions.DISCONTINUED, Contributions.EXPIRED))
                .setParameter(3, List.of(Contributions.STARTED, Contributions.COMPLETED, Contributions.DISCONTINUED,
                        Contributions.EXPIRED))
                .setParameter(4, fi.digipolku.metrics.intake.Aggregates.NO_DEFINITION).getResultList()) {
            Object[] r = (Object[]) row;
            double running = r[2] == null ? 0 : ((Number) r[2]).doubleValue();
            activeRows.add(MultiGauge.Row.of(Tags.of("definition", (String) r[0], "team", (String) r[1]), running));
        }
        List<MultiGauge.Row<?>> adherenceRows = new ArrayList<>();
        for (Object row : em
                .createNativeQuery(
                        """
                                SELECT CAST(p.definition_id AS text), p.care_team,
                                    (SELECT count(DISTINCT f.subject) FROM event_fact f WHERE f.event_type = 'measurement.recorded'
                                        AND f.definition_id = p.definition_id AND (f.data ->> 'onSchedule')::boolean AND f.day > ?1),
                                    (SELECT coalesce(sum(CASE WHEN m.metric = 'enrollments_started' THEN m.value ELSE -m.value END), 0)
                                        FROM daily_metric m WHERE m.definition_id = p.definition_id AND m.metric IN
                                        ('enrollments_started', 'enrollments_completed', 'enrollments_discontinued', 'enrollments_expired'))
                                FROM pathway p WHERE p.measurement_modules > 0""")
                .setParameter(1, today.minusDays(7))
                .getResultList()) {
            Object[] r = (Object[]) row;
            Double ratio = Guard.ratio(((Number) r[2]).longValue(), ((Number) r[3]).longValue());
            if (ratio != null) {
                adherenceRows.add(MultiGauge.Row.of(Tags.of("definition", (String) r[0], "team", (String) r[1]),
                        ratio));
            }
        }
        List<MultiGauge.Row<?>> npsRows = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                SELECT CAST(definition_id AS text), team, count(*), count(*) FILTER (WHERE (data ->> 'nps')::int >= 9),
                    count(*) FILTER (WHERE (data ->> 'nps')::int <= 6)
                FROM event_fact WHERE event_type = 'feedback.submitted' AND jsonb_typeof(data -> 'nps') = 'number'
                AND day > ?1 GROUP BY 1, 2""").setParameter(1, today.minusDays(90)).getResultList()) {
            Object[] r = (Object[]) row;
            long answers = ((Number) r[2]).longValue();
            if (!Guard.suppressed(answers)) {
                npsRows.add(MultiGauge.Row.of(Tags.of("definition", (String) r[0], "team", (String) r[1]),
                        Guard.nps(((Number) r[3]).longValue(), ((Number) r[4]).longValue(), answers)));
            }
        }
        active.register(activeRows, true);
        outcomes.register(outcomeRows, true);
        contentViews.register(viewRows, true);
        breaches.register(breachRows, true);
        adherence.register(adherenceRows, true);
        nps.register(npsRows, true);
    }
}
