package fi.digipolku.support.outbox;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The transactional outbox of a service that publishes events. */
@ConfigMapping(prefix = "digipolku.outbox")
public interface OutboxConfig {

    /** Kafka topic of this service's events, e.g. {@code pathway-events}. Required in a service that publishes. */
    Optional<String> topic();

    /** CloudEvents {@code source} of this service's events. */
    @WithDefault("/${quarkus.application.name}")
    String source();

    /** How many events one relay round takes. */
    @WithDefault("100")
    int batchSize();

    /** How often the relay looks for unsent events. */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * The least time between two relay rounds woken by commits: alone, an event leaves at once; under load, a round
     * takes what this long committed (each round is a transaction and a broker request, and each consumer's batch).
     */
    @WithDefault("100ms")
    Duration wakeSpacing();

    /** How long the relay waits for Kafka to acknowledge a round's events (handed over together). */
    @WithDefault("10s")
    Duration sendTimeout();

    /** First pause after Kafka refused or timed out; doubles up to {@link #backoffMax()}. */
    @WithDefault("1s")
    Duration backoffInitial();

    /** Longest pause between relay attempts while Kafka is unavailable. */
    @WithDefault("30s")
    Duration backoffMax();

    /** How long sent events stay in the table before they are purged. */
    @WithDefault("7d")
    Duration retention();
}
