package fi.digipolku.messaging.thread;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.identity.Role;
import fi.digipolku.support.problem.ProblemException;

/**
 * What the thread services share: finding a thread the caller may see, read marks, and the views of threads and
 * messages as the caller sees them.
 */
@ApplicationScoped
class ThreadAccess {

    private final EntityManager em;

    ThreadAccess(EntityManager em) {
        this.em = em;
    }

    /** The thread if the caller takes part in it; otherwise 404, so that its existence is not revealed. */
    MessageThread visible(UUID threadId, Caller caller) {
        MessageThread thread = em.find(MessageThread.class, threadId);
        if (thread == null || ThreadRules.participation(caller, thread) == null) {
            throw notFound(threadId);
        }
        return thread;
    }

    /** The thread, locked for a change, if the caller takes part in it as a professional; otherwise 404. */
    MessageThread professionalsThread(UUID threadId, Caller caller) {
        MessageThread thread = em.find(MessageThread.class, threadId, LockModeType.PESSIMISTIC_WRITE);
        if (thread == null || !Role.PROFESSIONAL.equals(ThreadRules.participation(caller, thread))) {
            throw notFound(threadId);
        }
        return thread;
    }

    static ProblemException notFound(UUID threadId) {
        return ProblemException.notFound("No thread " + threadId + " that you may see.");
    }

    /** The time as the database keeps it, in microseconds. */
    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The reader has read the thread's messages up to the given time; a read mark never moves back. */
    void markRead(UUID threadId, String reader, Instant upTo) {
        em.createNativeQuery("""
                INSERT INTO read_mark (thread_id, reader, read_up_to) VALUES (?1, ?2, ?3)
                ON CONFLICT (thread_id, reader)
                DO UPDATE SET read_up_to = greatest(read_mark.read_up_to, excluded.read_up_to)""")
                .setParameter(1, threadId).setParameter(2, reader).setParameter(3, upTo).executeUpdate();
    }

    /** Client messages in a thread that this professional has not read. */
    long unreadFor(UUID threadId, String reader) {
        return ((Number) em.createNativeQuery("""
                SELECT count(*) FROM message m
                WHERE m.thread_id = ?1 AND m.sender_role = 'client' AND m.sent_at > coalesce(
                    (SELECT r.read_up_to FROM read_mark r WHERE r.thread_id = ?1 AND r.reader = ?2), '-infinity')""")
                .setParameter(1, threadId).setParameter(2, reader).getSingleResult()).longValue();
    }

    /** The thread as the caller sees it, with the caller's unread count; a client does not see the assignee. */
    ThreadView view(MessageThread thread, Caller caller) {
        boolean client = Role.CLIENT.equals(ThreadRules.participation(caller, thread));
        long unread;
        if (client) {
            unread = em.createQuery("""
                    select count(*) from Message where threadId = ?1 and senderRole = 'professional'
                    and sentAt > ?2""", Long.class).setParameter(1, thread.id)
                    .setParameter(2, thread.clientSeenUpTo == null ? Instant.EPOCH : thread.clientSeenUpTo)
                    .getSingleResult();
        } else {
            unread = unreadFor(thread.id, caller.subject());
        }
        ThreadView view = ThreadView.of(thread, unread);
        return client ? view.withoutAssignee() : view;
    }

    /** The attachments of the given messages, by message id, without their bytes. */
    Map<UUID, List<MessageView.AttachmentView>> attachmentsOf(List<UUID> messageIds) {
        Map<UUID, List<MessageView.AttachmentView>> files = new HashMap<>();
        if (messageIds.isEmpty()) {
            return files;
        }
        List<Object[]> rows = em.createQuery("""
                select a.id, a.messageId, a.fileName, a.contentType, a.sizeBytes, m.threadId
                from Attachment a, Message m where a.messageId = m.id and a.messageId in ?1 order by a.fileName""",
                Object[].class).setParameter(1, messageIds).getResultList();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            UUID messageId = (UUID) row[1];
            files.computeIfAbsent(messageId, k -> new ArrayList<>()).add(new MessageView.AttachmentView(id,
                    (String) row[2], (String) row[3], (Integer) row[4],
                    "/api/v1/threads/" + row[5] + "/messages/" + messageId + "/attachments/" + id));
        }
        return files;
    }
}
