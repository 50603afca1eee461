package fi.digipolku.metrics.intake;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The first-response histogram: each new {@code thread.first-response} fact is recorded once, in buckets sized to
 * service promises (an hour, half a working day, one to five working days, a calendar week and more).
 */
@ApplicationScoped
public class FirstResponses {

    public static final String NAME = "digipolku_first_response";

    static final Duration[] BUCKETS = {Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(8),
            Duration.ofHours(16), Duration.ofHours(24), Duration.ofHours(48), Duration.ofHours(72),
            Duration.ofHours(120), Duration.ofDays(7), Duration.ofDays(14)};

    private final MeterRegistry registry;

    public FirstResponses(MeterRegistry registry) {
        this.registry = registry;
    }

    public void record(String definitionId, String team, long seconds) {
        Timer.builder(NAME).description("Wall-clock time from a client's message to the team's first reply")
                .tag("definition", definitionId == null ? "" : definitionId).tag("team", team == null ? "" : team)
                .serviceLevelObjectives(BUCKETS).register(registry).record(Duration.ofSeconds(Math.max(0, seconds)));
    }
}
