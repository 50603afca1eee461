package fi.digipolku.support.inbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the event consumers of a service wait out outages (see {@link Consumption}). */
@ConfigMapping(prefix = "digipolku.consumer")
public interface ConsumerConfig {

    /** First pause after an event could not be applied; doubles up to {@link #retryMax()}. */
    @WithDefault("200ms")
    Duration retryInitial();

    /** Longest pause between two attempts to apply the same event. */
    @WithDefault("10s")
    Duration retryMax();

    /**
     * How long a consumer may fail to apply an event while the database is reachable before the service says it is
     * not live, so that Kubernetes restarts it. While the database itself is unreachable the service stays live
     * (unready) however long that lasts: a restart would not help.
     */
    @WithDefault("5m")
    Duration stuckAfter();
}
