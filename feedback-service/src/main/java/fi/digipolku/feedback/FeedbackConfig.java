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
}
