package fi.digipolku.metrics;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of metrics-service. */
@ConfigMapping(prefix = "digipolku.metrics")
public interface MetricsConfig {

    /** The zone whose calendar makes days, weeks and months. */
    @WithDefault("Europe/Helsinki")
    ZoneId zone();

    /** How often the Prometheus gauges are read again from the database (e.g. {@code 30s}, or {@code off}). */
    @WithDefault("30s")
    String gaugeRefresh();

    /**
     * How long after a month ends its figures from clients' own answers (PROM change) wait for late
     * events. They are then shown, computed only from the facts received by that moment, so a later event never
     * changes them.
     */
    @WithDefault("2D")
    Duration answersSettle();

    /** The moment a month's figures from clients' own answers close: its end plus {@link #answersSettle()}. */
    default Instant answersClose(YearMonth month) {
        return month.plusMonths(1).atDay(1).atStartOfDay(zone()).plus(answersSettle()).toInstant();
    }
}
