package fi.digipolku.messaging.thread;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import fi.digipolku.messaging.enrollment.KnownEnrollment;
import fi.digipolku.messaging.enrollment.KnownEnrollmentRepository;
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

    private final ThreadRepository threads;
    private final MessageRepository messages;
    private final KnownEnrollmentRepository enrollments;
    private final ThreadAccess access;
    private final AccessLog accessLog;

    public ThreadReadingService(ThreadRepository threads, MessageRepository messages,
            KnownEnrollmentRepository enrollments, ThreadAccess access, AccessLog accessLog) {
        this.threads = threads;
        this.messages = messages;
        this.enrollments = enrollments;
        this.access = access;
        this.accessLog = accessLog;
    }

    /**
     * What a client has not read yet.
     *
     * @param threads open threads with replies the client has not read
     * @param messages replies the client has not read, over those threads
     */
    public record ClientUnread(long threads, long messages) {
    }

    /** An attachment's bytes and how to serve them. */
    public record AttachmentContent(String fileName, String contentType, byte[] content) {
    }

    @Transactional
    public Page<ThreadView> list(Caller caller, UUID enrollmentId, ThreadStatus status, int page, int size) {
        PanacheQuery<MessageThread> query;
        if (caller.hasRole(Role.CLIENT)) {
            query = threads.listed(caller.subject(), enrollmentId, status);
        } else {
            if (enrollmentId == null) {
                throw ProblemException.invalid("enrollmentId", "thread.enrollment-required");
            }
            KnownEnrollment enrollment = enrollments.findById(enrollmentId);
            if (enrollment == null || !caller.inTeam(enrollment.careTeam)
                    || caller.subject().equals(enrollment.clientSubject)) {
                throw ProblemException.notFound("thread.enrollment-not-in-your-teams", enrollmentId);
            }
            query = threads.listed(null, enrollmentId, status);
        }
        List<ThreadView> items = new ArrayList<>();
        for (MessageThread thread : query.page(page, size).list()) {
            items.add(access.view(thread, caller));
            logProfessionalRead(caller, thread, "thread/" + thread.id);
        }
        return new Page<>(items, page, size, query.count());
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
        PanacheQuery<Message> query = messages.ofThread(threadId);
        List<Message> found = query.page(page, size).list();
        long total = query.count();
        Map<UUID, List<MessageView.AttachmentView>> files = access
                .attachmentsOf(found.stream().map(m -> m.id).toList());
        return new Page<>(found.stream().map(m -> MessageView.of(m, thread, files)).toList(), page, size, total);
    }

    @Transactional
    public AttachmentContent attachment(UUID threadId, UUID messageId, UUID attachmentId, Caller caller) {
        MessageThread thread = access.visible(threadId, caller);
        Attachment attachment = messages.attachment(attachmentId, messageId, threadId).orElseThrow(
                () -> ProblemException.notFound("attachment.not-found", attachmentId));
        logProfessionalRead(caller, thread, "thread/" + threadId + "/attachments/" + attachmentId);
        return new AttachmentContent(attachment.fileName, attachment.contentType, attachment.content);
    }

    /**
     * The caller has read everything in the thread so far. Only the caller's own unread count changes (and what the
     * other side sees as seen), not the thread's version, so this takes no If-Match.
     */
    @Transactional
    public ThreadView markRead(UUID threadId, Caller caller) {
        MessageThread thread = access.visible(threadId, caller);
        Instant upTo = thread.lastMessageAt;
        boolean client = Role.CLIENT.equals(ThreadRules.participation(caller, thread));
        threads.markSeen(threadId, client, upTo);
        if (!client) {
            access.markRead(threadId, caller.subject(), upTo);
            accessLog.record(caller, thread.clientSubject, "read", "thread/" + threadId + "/messages",
                    "care-team follow-up");
        }
        threads.getEntityManager().refresh(thread);
        return access.view(thread, caller);
    }

    /** The client's unread messages from their care teams, over their open threads. */
    @Transactional
    public ClientUnread clientUnread(Caller caller) {
        ThreadRepository.UnreadCount unread = threads.clientUnread(caller.subject());
        return new ClientUnread(unread.threads(), unread.messages());
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
