package fi.digipolku.metrics;

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
}
