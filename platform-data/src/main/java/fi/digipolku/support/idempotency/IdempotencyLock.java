package fi.digipolku.support.idempotency;

import jakarta.persistence.EntityManager;

/**
 * Serialises the attempts of one write that carry the same {@code Idempotency-Key}. A mobile app that times out and
 * sends again while its first attempt is still running would otherwise race it: both miss the other's row, and the
 * loser hits the unique key (a 409 the client must not see). Under the lock the second attempt waits until the first
 * has committed or rolled back, then finds what it stored and replays it, or stores it itself.
 *
 * <p>
 * The lock is a PostgreSQL transaction-level advisory lock in a key space of its own (two int keys: a constant and a
 * hash of scope and key), released when the caller's transaction ends. Two different keys that hash alike only wait
 * for each other.
 */
public final class IdempotencyLock {

    /** The first of the two advisory lock keys, which no other lock of the platform uses. */
    private static final int KEY_SPACE = 0x1de0;

    private IdempotencyLock() {
    }

    /**
     * Waits until no other transaction holds the lock of this key in this scope, and holds it until the current
     * transaction ends. Call it in the write's transaction, before looking for an earlier attempt.
     *
     * @param scope whose keys these are, e.g. {@code "record:" + enrollmentId + ":" + author}
     */
    public static void acquire(EntityManager em, String scope, String idempotencyKey) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1, hashtext(?2))").setParameter(1, KEY_SPACE)
                .setParameter(2, scope + '\n' + idempotencyKey).getSingleResult();
    }
}
