package fi.digipolku.support.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

import fi.digipolku.support.http.Idempotency.Outcome;
import fi.digipolku.support.problem.ProblemException;

/**
 * Carries out a write that a client may retry with an {@code Idempotency-Key}, by {@link IdempotencyRules}: the same
 * for every create of every service. It runs in the write's own transaction, so the key is remembered exactly when what
 * the write made is committed; attempts with the same key wait for each other ({@link IdempotencyLock}).
 */
@ApplicationScoped
public class IdempotentWrites {

    private final EntityManager em;
    private final Clock clock;
    private final IdempotencyConfig config;

    public IdempotentWrites(EntityManager em, Clock clock, IdempotencyConfig config) {
        this.em = em;
        this.clock = clock;
        this.config = config;
    }

    /** What a write made: the id it is found by again, and its view. */
    public record Made<T>(String resource, T view) {
    }

    /**
     * One attempt of a write.
     *
     * @param owner the person who sent it (the subject of the token): keys are per person
     * @param key the Idempotency-Key, or null when the client sent none (then every attempt writes)
     * @param requestHash {@link IdempotencyRules#hash} of the operation and body
     */
    public record Attempt(String owner, String key, String requestHash) {
    }

    /**
     * Carries out {@code write}, or answers what the first try with the key made.
     *
     * @param earlier finds the view of what the first try made by its id; empty when it no longer exists
     * @throws ProblemException 422 when the key was used for another request; 409 when what the first try made has
     *             since been removed (a retry after a delete makes nothing again)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Outcome<T> once(Attempt attempt, Function<String, Optional<T>> earlier, Supplier<Made<T>> write) {
        if (attempt.key() == null) {
            return Outcome.made(write.get().view());
        }
        IdempotencyLock.acquire(em, attempt.owner(), attempt.key());
        Instant now = clock.instant();
        List<?> rows = em.createNativeQuery(
                "SELECT request_hash, resource, created_at FROM idempotency_key WHERE owner_subject = ?1 AND key = ?2")
                .setParameter(1, attempt.owner()).setParameter(2, attempt.key()).getResultList();
        if (!rows.isEmpty()) {
            Object[] row = (Object[]) rows.get(0);
            Instant at = row[2] instanceof Timestamp t ? t.toInstant() : (Instant) row[2];
            switch (IdempotencyRules.decide((String) row[0], at, attempt.requestHash(), now, config.keptFor())) {
                case REFUSE -> throw ProblemException.idempotencyKeyReused(config.keptFor());
                case REPLAY -> {
                    Optional<T> first = earlier.apply((String) row[1]);
                    if (first.isPresent()) {
                        return Outcome.replayed(first.get());
                    }
                    // A key carried over from before requests were hashed was scoped by its resource: used with
                    // another one, it is a new request. Otherwise what the first try made has been removed.
                    if (!IdempotencyRules.UNKNOWN.equals(row[0])) {
                        throw ProblemException.conflict("problem.idempotency-key-spent");
                    }
                }
                case WRITE -> {
                }
            }
            forget(attempt);
        }
        Made<T> made = write.get();
        em.createNativeQuery("INSERT INTO idempotency_key (owner_subject, key, request_hash, resource, created_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)").setParameter(1, attempt.owner()).setParameter(2, attempt.key())
                .setParameter(3, attempt.requestHash()).setParameter(4, made.resource())
                .setParameter(5, Timestamp.from(now)).executeUpdate();
        return Outcome.made(made.view());
    }

    private void forget(Attempt attempt) {
        em.createNativeQuery("DELETE FROM idempotency_key WHERE owner_subject = ?1 AND key = ?2")
                .setParameter(1, attempt.owner()).setParameter(2, attempt.key()).executeUpdate();
    }

    /** Forgets the keys older than the time they are kept; returns how many. */
    @Transactional
    public int forgetExpired() {
        return em.createNativeQuery("DELETE FROM idempotency_key WHERE created_at < ?1")
                .setParameter(1, Timestamp.from(clock.instant().minus(config.keptFor()))).executeUpdate();
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        forgetExpired();
    }
}
