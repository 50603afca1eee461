package fi.digipolku.support.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

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
import fi.digipolku.support.problem.OutageTolerant;

/**
 * Takes committed outbox events to Kafka in order, marks them sent when the broker acknowledged them, and pauses with
 * exponential back-off while Kafka is unavailable. Nothing is lost: an event leaves the table only after it was sent
 * and its retention passed. One replica relays at a time (a transaction-scoped advisory lock), so order holds per
 * aggregate; delivery is at least once and consumers deduplicate on the event id.
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

    /** Relays every due event unless paused by back-off; returns how many were sent. */
    public int relayDue() {
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
        RelayBatch.Result result = RelayBatch.send(pending, this::publish);
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

    private void publish(PendingEvent event) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", EventEnvelope.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        Message<String> message = Message.of(event.payload())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(event.topic())
                        .withKey(event.key())
                        .withHeaders(headers)
                        .build());
        emitter.sendMessage(message).await().atMost(config.sendTimeout());
    }

    private static String describe(Exception error) {
        String message = error.getMessage();
        String text = error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
