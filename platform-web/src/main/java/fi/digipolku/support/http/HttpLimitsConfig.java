package fi.digipolku.support.http;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How much work an application takes on at once. Together with {@code quarkus.http.limits.max-connections} (shared
 * configuration) it keeps a burst of callers, also of callers who give up, from exhausting memory and file descriptors.
 */
@ConfigMapping(prefix = "digipolku.http")
public interface HttpLimitsConfig {

    /**
     * Requests handled at once, from routing until the answer is sent or the caller is gone. One more is answered at
     * once with 503 and Retry-After instead of waiting in a queue. Health and metrics ({@code /q/}) are never refused.
     */
    @WithDefault("100")
    int maxConcurrentRequests();

    /**
     * How long an admitted request may wait for a worker thread. One that waited longer, or whose caller has gone in
     * the meantime, is not carried out: it gets 503 with Retry-After (if anyone still listens) and nothing is stored.
     * Shorter than the gateway's request timeout, so a caller gets this answer rather than a 504.
     */
    @WithDefault("5s")
    Duration maxQueueTime();

    /**
     * How long an admitted request's body may take to arrive, besides the time its announced length takes at
     * {@link #minBodyRate()}. A caller still sending after it (a stalled or trickled upload) gets 408 and the
     * connection is closed, so slow senders cannot hold every place. 0 turns this off (the gateway: it streams bodies
     * on to the services, which time them out, and a request waiting there for a connection is paused, not slow).
     */
    @WithDefault("10s")
    Duration maxBodyTime();

    /** The slowest upload taken, in bytes a second (32 KiB/s: a poor mobile connection). */
    @WithDefault("32768")
    long minBodyRate();

    /** What a refused caller is told to wait (Retry-After, whole seconds). */
    @WithDefault("1s")
    Duration retryAfter();
}
