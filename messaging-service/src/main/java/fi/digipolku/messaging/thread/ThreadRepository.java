package fi.digipolku.messaging.thread;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Threads (table {@code message_thread}) and the professionals' read marks on them (table {@code read_mark}). */
@ApplicationScoped
public class ThreadRepository implements PanacheRepositoryBase<MessageThread, UUID> {

    /** Unread counts over a client's open threads. */
    public record UnreadCount(long threads, long messages) {
    }

    /**
     * Threads newest activity first: a client's (all their enrollments, or one) when {@code clientSubject} is given,
     * otherwise those of one enrollment; of one status or any.
     */
    PanacheQuery<MessageThread> listed(String clientSubject, UUID enrollmentId, ThreadStatus status) {
        StringBuilder where = new StringBuilder();
        Parameters parameters = new Parameters();
        if (clientSubject != null) {
            where.append("clientSubject = :client");
            parameters.and("client", clientSubject);
            if (enrollmentId != null) {
                where.append(" and enrollmentId = :enrollment");
                parameters.and("enrollment", enrollmentId);
            }
        } else {
            where.append("enrollmentId = :enrollment");
            parameters.and("enrollment", enrollmentId);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        return find(where.toString(), Sort.descending("lastMessageAt").and("id"), parameters);
    }

    /** The open threads of an enrollment, locked for a change. */
    List<MessageThread> openOfEnrollmentForUpdate(UUID enrollmentId) {
        return find("enrollmentId = ?1 and status = ?2", enrollmentId, ThreadStatus.OPEN)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The threads with these ids, in no particular order. */
    public List<MessageThread> withIds(List<UUID> ids) {
        return list("id in ?1", ids);
    }

    /**
     * Up to {@code batch} waiting threads past their due time, earliest due first, locked; rows another transaction
     * holds are skipped.
     */
    List<UUID> dueForBreach(Instant now, int batch) {
        return getSession().createNativeQuery("""
                SELECT id FROM message_thread
                WHERE status = 'OPEN' AND overdue = false AND due_at IS NOT NULL AND due_at <= ?1
                ORDER BY due_at LIMIT ?2 FOR UPDATE SKIP LOCKED""", UUID.class).setParameter(1, now)
                .setParameter(2, batch).getResultList();
    }

    /** The reader has read the thread's messages up to the given time; a read mark never moves back. */
    void markRead(UUID threadId, String reader, Instant upTo) {
        getEntityManager().createNativeQuery("""
                INSERT INTO read_mark (thread_id, reader, read_up_to) VALUES (?1, ?2, ?3)
                ON CONFLICT (thread_id, reader)
                DO UPDATE SET read_up_to = greatest(read_mark.read_up_to, excluded.read_up_to)""")
                .setParameter(1, threadId).setParameter(2, reader).setParameter(3, upTo).executeUpdate();
    }

    /**
     * The client, or someone of the care team, has seen the thread up to the given time. A seen mark never moves back,
     * and it is not a change of the thread: the row's version stays as it is, so that reading never makes another
     * person's If-Match stale.
     */
    void markSeen(UUID threadId, boolean byClient, Instant upTo) {
        String column = byClient ? "client_seen_up_to" : "team_seen_up_to";
        getEntityManager().createNativeQuery("UPDATE message_thread SET " + column + " = greatest(" + column
                + ", ?2) WHERE id = ?1").setParameter(1, threadId).setParameter(2, upTo).executeUpdate();
    }

    /** Client messages in a thread that this professional has not read. */
    long unreadFor(UUID threadId, String reader) {
        return getSession().createNativeQuery("""
                SELECT count(*) FROM message m
                WHERE m.thread_id = ?1 AND m.sender_role = 'client' AND m.sent_at > coalesce(
                    (SELECT r.read_up_to FROM read_mark r WHERE r.thread_id = ?1 AND r.reader = ?2), '-infinity')""",
                Long.class).setParameter(1, threadId).setParameter(2, reader).getSingleResult();
    }

    /** The client's unread messages from their care teams, over their open threads. */
    UnreadCount clientUnread(String clientSubject) {
        Tuple row = getSession().createNativeQuery("""
                SELECT count(DISTINCT t.id) AS threads, count(m.id) AS messages FROM message_thread t
                JOIN message m ON m.thread_id = t.id AND m.sender_role = 'professional'
                    AND m.sent_at > coalesce(t.client_seen_up_to, '-infinity')
                WHERE t.client_subject = ?1 AND t.status = 'OPEN'""", Tuple.class).setParameter(1, clientSubject)
                .getSingleResult();
        return new UnreadCount(row.get("threads", Long.class), row.get("messages", Long.class));
    }
}
