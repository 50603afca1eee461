package fi.digipolku.metrics.prometheus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
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

    private final GaugeRepository repository;
    private final MetricsConfig config;
    private final Clock clock;
    private final MultiGauge active;
    private final MultiGauge outcomes;
    private final MultiGauge contentViews;
    private final MultiGauge breaches;
    private final MultiGauge adherence;

    public DomainGauges(GaugeRepository repository, MetricsConfig config, MeterRegistry registry, Clock clock) {
        this.repository = repository;
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
        for (GaugeRepository.Total row : repository.totals(List.of(Contributions.STARTED, Contributions.COMPLETED,
                Contributions.DISCONTINUED, Contributions.EXPIRED, Contributions.CONTENT_VIEWS,
                Contributions.BREACHES))) {
            Tags tags = Tags.of("definition", row.definitionId(), "team", row.team());
            double value = row.total().doubleValue();
            breachesByPathway.putIfAbsent(tags, 0.0);
            switch (row.metric()) {
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
        for (GaugeRepository.Enrollments row : repository.enrollments(weekStart, today)) {
            Tags tags = Tags.of("definition", row.definitionId(), "team", row.team());
            activeRows.add(MultiGauge.Row.of(tags, (double) row.running()));
            Double share = Boolean.TRUE.equals(row.measures())
                    ? Shares.of(row.measuredInDays(), row.runningInDays())
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
