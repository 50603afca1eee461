package fi.digipolku.support.outbox;

import java.time.Duration;

/** Exponential back-off: the first delay, then double each time, never above the maximum; reset on success. */
public final class Backoff {

    private final Duration initial;
    private final Duration max;
    private int failures;

    public Backoff(Duration initial, Duration max) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max");
        }
        this.initial = initial;
        this.max = max;
    }

    /** Records a failure and returns how long to wait before the next attempt. */
    public synchronized Duration nextDelay() {
        failures++;
        return delayAfter(failures, initial, max);
    }

    /**
     * The wait after {@code failedAttempts} failures in a row (at least 1): {@code initial}, then doubled per further
     * failure, never above {@code max}. The one back-off formula of the platform, also for work whose failures are
     * counted in a database row (webhook deliveries).
     */
    public static Duration delayAfter(int failedAttempts, Duration initial, Duration max) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
        Duration delay = initial.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    public synchronized void reset() {
        failures = 0;
    }

    public synchronized int failures() {
        return failures;
    }
}
