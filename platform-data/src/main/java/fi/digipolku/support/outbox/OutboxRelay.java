package fi.digipolku.support.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import fi.digipolku.support.event.EventEnvelope;
import fi.digipolku.support.problem.DatabaseOutage;
import fi.digipolku.support.problem.OutageTolerant;

/**
 * Takes committed outbox events to Kafka in order, marks them sent when the broker acknowledged them, and pauses with
 * exponential back-off while Kafka is unavailable. It is woken as soon as a transaction that wrote an event commits
 * ({@link #wake()}), so an event leaves within milliseconds; the poll every {@code poll-interval} is the fallback, for
 * events committed by another replica while this one holds the relay lock, and after a pause. Nothing is lost: an
 * event leaves the table only after it was sent and its retention passed. One replica relays at a time (a
 * transaction-scoped advisory lock), so order holds per aggregate; delivery is at least once and consumers deduplicate
 * on the event id.
 */
@ApplicationScoped
public class OutboxRelay {

    /** The outgoing channel the relay publishes on; its topic comes from each event row. */
    public static final String CHANNEL = "outbox";

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x6469676970L;

    private final EntityManager em;
    private final MutinyEmitter<String> emitter;
    private final OutboxConfig config;
    private final Backoff backoff;
    private final Clock clock;
    /** End of the back-off pause on the monotonic clock: elapsed time, which moving the wall or test clock must not stretch. */
    private volatile long pausedUntilNanos = System.nanoTime();
    /** Set when the relay should look (again); a relay already running goes round once more instead of a second one. */
    private final AtomicBoolean due = new AtomicBoolean();
    private final ReentrantLock relaying = new ReentrantLock();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    /** When the last woken round started (monotonic clock): rounds under load are {@code wake-spacing} apart. */
    private volatile long lastWokenRoundNanos = System.nanoTime() - Duration.ofSeconds(1).toNanos();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-send");
        thread.setDaemon(true);
        return thread;
    });
    private final ScheduledExecutorService waker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });

    public OutboxRelay(EntityManager em, @Channel(CHANNEL) MutinyEmitter<String> emitter, OutboxConfig config,
            Clock clock) {
        this.em = em;
        this.emitter = emitter;
        this.config = config;
        this.clock = clock;
        this.backoff = new Backoff(config.backoffInitial(), config.backoffMax());
    }

    /**
     * Runs only once the application is running: before, the messaging library may not have connected the emitter to
     * Kafka yet, and making this bean would fail.
     */
    @OutageTolerant
    @Scheduled(every = "${digipolku.outbox.poll-interval:1s}", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        relayDue();
    }

    @OutageTolerant
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purge() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "DELETE FROM outbox_event WHERE sent_at < ?1")
                .setParameter(1, Timestamp.from(clock.instant().minus(config.retention())))
                .executeUpdate());
    }

    /**
     * Relays soon, on the relay's own thread: called once a transaction that wrote events has committed. Wakes that
     * arrive while a relay round is queued are one wake, and woken rounds start at least {@code wake-spacing} apart:
     * alone, an event leaves at once; under load, a round takes what the last few milliseconds committed instead of
     * one round (a transaction and a broker request) per event.
     */
    public void wake() {
        if (!wakeQueued.compareAndSet(false, true)) {
            return;
        }
        long delay = Math.max(0, lastWokenRoundNanos + config.wakeSpacing().toNanos() - System.nanoTime());
        try {
            waker.schedule(() -> {
                wakeQueued.set(false);
                lastWokenRoundNanos = System.nanoTime();
                try {
                    relayDue();
                } catch (RuntimeException e) {
                    // The poll tries again; a database that is away is expected during an outage.
                    if (DatabaseOutage.causedBy(e)) {
                        LOG.debugf("Outbox relay woken while the database is unreachable (%s)",
                                e.getClass().getSimpleName());
                    } else {
                        LOG.warnf("Outbox relay woken but failed (%s); the poll tries again",
                                e.getClass().getSimpleName());
                    }
                }
            }, delay, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            wakeQueued.set(false); // stopping: the events wait for the next start
        }
    }

    @PreDestroy
    void stop() {
        waker.shutdownNow();
        sender.shutdownNow();
    }

    /**
     * Relays every due event unless paused by back-off; returns how many this call sent. When a relay is already
     * running in this process, this call returns at once and that relay goes round once more.
     */
    public int relayDue() {
        due.set(true);
        int total = 0;
        while (due.get() && relaying.tryLock()) {
            try {
                while (due.getAndSet(false)) {
                    total += relayRounds();
                }
            } finally {
                relaying.unlock();
            }
        }
        return total;
    }

    private int relayRounds() {
        if (paused()) {
            return 0;
        }
        int total = 0;
        while (true) {
            RelayBatch.Result result = QuarkusTransaction.requiringNew().call(this::relayBatch);
            total += result.sent().size();
            if (result.failedOne()) {
                Duration delay = backoff.nextDelay();
                pausedUntilNanos = System.nanoTime() + delay.toNanos();
                LOG.warnf("Outbox relay could not publish event seq %d (%s); %d sent; retrying in %s",
                        result.failed().seq(), result.error().getClass().getSimpleName(), result.sent().size(), delay);
                return total;
            }
            backoff.reset();
            if (result.sent().size() < config.batchSize()) {
                return total;
            }
        }
    }

    /** Whether the relay is waiting after a failure. */
    public boolean paused() {
        return System.nanoTime() - pausedUntilNanos < 0;
    }

    private RelayBatch.Result relayBatch() {
        Boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return new RelayBatch.Result(List.of(), null, null);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT seq, topic, message_key, event_type, payload FROM outbox_event
                WHERE sent_at IS NULL ORDER BY seq LIMIT ?1""")
                .setParameter(1, config.batchSize())
                .getResultList();
        List<PendingEvent> pending = rows.stream()
                .map(row -> new PendingEvent(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                        (String) row[3], (String) row[4]))
                .toList();
        RelayBatch.Result result = RelayBatch.send(pending, this::publish, config.sendTimeout());
        if (!result.sent().isEmpty()) {
            em.createNativeQuery("UPDATE outbox_event SET sent_at = ?1, attempts = attempts + 1 WHERE seq IN (?2)")
                    .setParameter(1, Timestamp.from(clock.instant()))
                    .setParameter(2, result.sent())
                    .executeUpdate();
        }
        if (result.failedOne()) {
            em.createNativeQuery("UPDATE outbox_event SET attempts = attempts + 1, last_error = ?1 WHERE seq = ?2")
                    .setParameter(1, describe(result.error()))
                    .setParameter(2, result.failed().seq())
                    .executeUpdate();
        }
        return result;
    }

    private CompletionStage<Void> publish(PendingEvent event) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", EventEnvelope.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        Message<String> message = Message.of(event.payload())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(event.topic())
                        .withKey(event.key())
                        .withHeaders(headers)
                        .build());
        // Handed to the producer from a thread without the relay's transaction: subscribing on the relay's own thread
        // would carry the transaction into the producer's acknowledgement callbacks, and a commit while such a
        // callback still held it failed ("commit invoked while multiple threads active"). One thread, so in order.
        return CompletableFuture.supplyAsync(() -> emitter.sendMessage(message).subscribeAsCompletionStage(), sender)
                .thenCompose(acknowledged -> acknowledged);
    }

    private static String describe(Exception error) {
        String message = error.getMessage();
        String text = error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
