package fi.digipolku.messaging.thread;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fi.digipolku.messaging.enrollment.KnownEnrollment;
import fi.digipolku.support.accesslog.AccessLog;
import fi.digipolku.support.http.Page;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.identity.Role;
import fi.digipolku.support.problem.ProblemException;

/**
 * Reading threads, messages and attachments, and keeping track of what each side has read. Every read of a client's
 * messages by a professional is access-logged.
 */
@ApplicationScoped
public class ThreadReadingService {

    private final EntityManager em;
    private final ThreadAccess access;
    private final AccessLog accessLog;

    public ThreadReadingService(EntityManager em, ThreadAccess access, AccessLog accessLog) {
        this.em = em;
        this.access = access;
        this.accessLog = accessLog;
    }

    /** An attachment's bytes and how to serve them. */
    public record AttachmentContent(String fileName, String contentType, byte[] content) {
    }

    @Transactional
    public Page<ThreadView> list(Caller caller, UUID enrollmentId, ThreadStatus status, int page, int size) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> parameters = new HashMap<>();
        if (caller.hasRole(Role.CLIENT)) {
            where.append("clientSubject = :client");
            parameters.put("client", caller.subject());
            if (enrollmentId != null) {
                where.append(" and enrollmentId = :enrollment");
                parameters.put("enrollment", enrollmentId);
            }
        } else {
            if (enrollmentId == null) {
                throw ProblemException.invalid("enrollmentId",
                        "is required for professionals; the inbox lists the team's threads");
            }
            KnownEnrollment enrollment = em.find(KnownEnrollment.class, enrollmentId);
            if (enrollment == null || !caller.inTeam(enrollment.careTeam)
                    || caller.subject().equals(enrollment.clientSubject)) {
                throw ProblemException.notFound("No enrollment " + enrollmentId + " of your teams.");
            }
            where.append("enrollmentId = :enrollment");
            parameters.put("enrollment", enrollmentId);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.put("status", status);
        }
        var query = em.createQuery("from MessageThread where " + where + " order by lastMessageAt desc, id",
                MessageThread.class);
        var count = em.createQuery("select count(*) from MessageThread where " + where, Long.class);
        parameters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<ThreadView> items = new ArrayList<>();
        for (MessageThread thread : query.setFirstResult(page * size).setMaxResults(size).getResultList()) {
            items.add(access.view(thread, caller));
            logProfessionalRead(caller, thread, "thread/" + thread.id);
        }
        return new Page<>(items, page, size, count.getSingleResult());
    }

    @Transactional
    public ThreadView get(UUID threadId, Caller caller) {
        MessageThread thread = access.visible(threadId, caller);
        logProfessionalRead(caller, thread, "thread/" + thread.id);
        return access.view(thread, caller);
    }

    /** Newest first: page 0 holds the latest messages. */
    @Transactional
    public Page<MessageView> messages(UUID threadId, Caller caller, int page, int size) {
        MessageThread thread = access.visible(threadId, caller);
        logProfessionalRead(caller, thread, "thread/" + thread.id + "/messages");
        List<Message> messages = em
                .createQuery("from Message where threadId = ?1 order by sentAt desc, id desc", Message.class)
                .setParameter(1, threadId).setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(*) from Message where threadId = ?1", Long.class)
                .setParameter(1, threadId).getSingleResult();
        Map<UUID, List<MessageView.AttachmentView>> files = access.attachmentsOf(
                messages.stream().map(m -> m.id).toList());
        return new Page<>(messages.stream().map(m -> MessageView.of(m, thread, files)).toList(), page, size, total);
    }

    @Transactional
    public AttachmentContent attachment(UUID threadId, UUID messageId, UUID attachmentId, Caller caller) {
        MessageThread thread = access.visible(threadId, caller);
        List<Attachment> found = em.createQuery("""
                select a from Attachment a, Message m
                where a.id = ?1 and a.messageId = m.id and m.id = ?2 and m.threadId = ?3""", Attachment.class)
                .setParameter(1, attachmentId).setParameter(2, messageId).setParameter(3, threadId)
                .getResultList();
        if (found.isEmpty()) {
            throw ProblemException.notFound("No attachment " + attachmentId + " on that message.");
        }
        logProfessionalRead(caller, thread, "thread/" + threadId + "/attachments/" + attachmentId);
        Attachment attachment = found.get(0);
        return new AttachmentContent(attachment.fileName, attachment.contentType, attachment.content);
    }

    /** The caller has read everything in the thread so far. */
    @Transactional
    public ThreadView markRead(UUID threadId, Caller caller) {
        MessageThread thread = access.visible(threadId, caller);
        Instant upTo = thread.lastMessageAt;
        if (Role.CLIENT.equals(ThreadRules.participation(caller, thread))) {
            if (thread.clientSeenUpTo == null || thread.clientSeenUpTo.isBefore(upTo)) {
                thread.clientSeenUpTo = upTo;
            }
        } else {
            if (thread.teamSeenUpTo == null || thread.teamSeenUpTo.isBefore(upTo)) {
                thread.teamSeenUpTo = upTo;
            }
            access.markRead(threadId, caller.subject(), upTo);
            accessLog.record(caller, thread.clientSubject, "read", "thread/" + threadId + "/messages",
                    "care-team follow-up");
        }
        em.flush();
        return access.view(thread, caller);
    }

    /** The client's unread messages from their care teams, over their open threads. */
    @Transactional
    public Map<String, Long> clientUnread(Caller caller) {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT count(DISTINCT t.id), count(m.id) FROM message_thread t
                JOIN message m ON m.thread_id = t.id AND m.sender_role = 'professional'
                    AND m.sent_at > coalesce(t.client_seen_up_to, '-infinity')
                WHERE t.client_subject = ?1 AND t.status = 'OPEN'""").setParameter(1, caller.subject())
                .getSingleResult();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("threads", ((Number) row[0]).longValue());
        counts.put("messages", ((Number) row[1]).longValue());
        return counts;
    }

    /** Client messages in a thread that this professional has not read. */
    public long unreadFor(UUID threadId, String reader) {
        return access.unreadFor(threadId, reader);
    }

    private void logProfessionalRead(Caller caller, MessageThread thread, String resource) {
        if (Role.PROFESSIONAL.equals(ThreadRules.participation(caller, thread))) {
            accessLog.record(caller, thread.clientSubject, "read", resource, "care-team follow-up");
        }
    }
}
