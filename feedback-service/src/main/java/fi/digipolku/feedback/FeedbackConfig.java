package fi.digipolku.feedback;

import java.time.Duration;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of feedback-service. */
@ConfigMapping(prefix = "digipolku.feedback")
public interface FeedbackConfig {

    /** How long a feedback request can be answered. */
    @WithDefault("P30D")
    Duration requestValidity();

    /** The survey that feedback requests use. */
    @WithDefault("national")
    String survey();

    /** The zone whose calendar days date requests, responses and anniversaries. */
    @WithDefault("Europe/Helsinki")
    ZoneId zone();

    /** Longest open answer, in characters. */
    @WithDefault("2000")
    int maxOpenAnswerLength();

    /** How often expired requests are closed and yearly requests made (e.g. {@code 1h}, or {@code off}). */
    @WithDefault("1h")
    String jobInterval();

    /**
     * AES-256 key (base64 of 32 bytes) that seals the content of pooled answers
     * ({@code DIGIPOLKU_FEEDBACK_POOL_KEY}). Required: the service does not start without a valid key.
     */
    String poolKey();

    /** Settings of the pool that keeps answers apart from their requests until they can be stored anonymously. */
    Pool pool();

    /** The response pool: answers wait here until enough of the same pathway have gathered. */
    interface Pool {

        /** How often pooled answers are released into the response table (e.g. {@code 15m}, or {@code off}). */
        @WithDefault("15m")
        String interval();

        /** A pathway's pooled answers are released together once at least this many have gathered. */
        @WithDefault("10")
        int minBatch();

        /** Pooled answers are released after this long even when fewer have gathered, so none waits forever. */
        @WithDefault("P14D")
        Duration maxWait();
    }
}
