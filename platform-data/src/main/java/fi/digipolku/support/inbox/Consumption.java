package fi.digipolku.support.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import fi.digipolku.support.outbox.Backoff;
import fi.digipolku.support.problem.DatabaseOutage;

/**
 * Applies each consumed event once and never gives one up: when applying fails (the database is restarting, a
 * connection broke, a deadlock), the same event is tried again after a pause that doubles up to
 * {@link ConsumerConfig#retryMax()}, for as long as it takes. The Kafka offset is committed only after the event is
 * applied, so nothing is skipped; {@link ProcessedEvents} makes a repeated attempt or a redelivery change nothing.
 *
 * <p>
 * While a consumer is failing it is <em>stalled</em>: the service is not ready ({@link ConsumerHealth}). It is not
 * live when it has been stalled longer than {@link ConsumerConfig#stuckAfter()} by a failure that is not a lost
 * database connection, since then only a restart can help.
 */
@ApplicationScoped
public class Consumption {

    private static final Logger LOG = Logger.getLogger(Consumption.class);

    private final ProcessedEvents processed;
    private final ConsumerConfig config;
    private final Clock clock;
    private final Map<String, Stall> stalls = new ConcurrentHashMap<>();

    public Consumption(ProcessedEvents processed, ConsumerConfig config, Clock clock) {
        this.processed = processed;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Since when a consumer has been failing, and whether its latest failure was a lost database connection.
     *
     * @param since the first failed attempt of the event it is stuck on
     * @param connectionLost true when the latest failure was a database that could not be reached
     * @param failure the class of the latest failure (never its message, which may carry data)
     */
    public record Stall(Instant since, boolean connectionLost, String failure) {
    }

    /**
     * Applies the event's effect unless this consumer applied it before, retrying until it succeeds.
     *
     * @return true if the effect ran now, false for an event applied before
     * @throws IllegalStateException when the thread is interrupted while waiting (the service is stopping); the event
     *         is then not acknowledged and is delivered again after the restart
     */
    public boolean once(String consumer, String eventId, Runnable effect) {
        return retried(consumer, eventId, () -> processed.once(consumer, eventId, effect));
    }

    /**
     * Applies the effect of each event this consumer has not applied before, in order and in one transaction,
     * retrying the whole batch until it succeeds (a batch from one poll of the broker: one commit instead of one per
     * event).
     *
     * @return how many effects ran now
     */
    public <T> int onceEach(String consumer, List<T> events, Function<T, String> eventId, Consumer<T> effect) {
        if (events.isEmpty()) {
            return 0;
        }
        String first = eventId.apply(events.get(0));
        return retried(consumer, first, () -> processed.onceEach(consumer, events, eventId, effect));
    }

    private <R> R retried(String consumer, String eventId, Supplier<R> attempt) {
        Backoff backoff = new Backoff(config.retryInitial(), config.retryMax());
        while (true) {
            try {
                R applied = attempt.get();
                if (stalls.remove(consumer) != null) {
                    LOG.infof("%s applies events again (event %s)", consumer, eventId);
                }
                return applied;
            } catch (RuntimeException e) {
                Duration delay = backoff.nextDelay();
                boolean connectionLost = connectionLost(e);
                Stall stall = stalls.compute(consumer,
                        (k, old) -> new Stall(old == null ? clock.instant() : old.since(),
                                connectionLost, e.getClass().getSimpleName()));
                LOG.warnf("%s could not apply event %s (%s%s, attempt %d); trying again in %d ms", consumer, eventId,
                        stall.failure(), connectionLost ? ", database unreachable" : "", backoff.failures(),
                        delay.toMillis());
                pause(delay);
            }
        }
    }

    /** The consumers that are failing now, by name. */
    public Map<String, Stall> stalls() {
        return Map.copyOf(stalls);
    }

    /** The consumers stalled beyond {@link ConsumerConfig#stuckAfter()} by something other than a lost database. */
    public Optional<String> stuck() {
        Instant limit = clock.instant().minus(config.stuckAfter());
        return stalls.entrySet().stream()
                .filter(s -> !s.getValue().connectionLost() && s.getValue().since().isBefore(limit))
                .map(Map.Entry::getKey).findFirst();
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to apply an event again", e);
        }
    }

    /** True when a failure, or one of its causes, is a database that cannot be reached or is shutting down. */
    static boolean connectionLost(Throwable failure) {
        return DatabaseOutage.causedBy(failure);
    }
}
