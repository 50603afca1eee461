package fi.digipolku.messaging.thread;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import fi.digipolku.events.MessagingEvents;
import fi.digipolku.messaging.MessagingConfig;
import fi.digipolku.messaging.enrollment.KnownEnrollment;
import fi.digipolku.messaging.team.TeamService;
import fi.digipolku.messaging.team.TeamSettings;
import fi.digipolku.support.accesslog.AccessLog;
import fi.digipolku.support.http.Idempotency.Outcome;
import fi.digipolku.support.http.Page;
import fi.digipolku.support.idempotency.IdempotencyLock;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.identity.Role;
import fi.digipolku.support.outbox.Outbox;
import fi.digipolku.support.problem.FieldError;
import fi.digipolku.support.problem.ProblemException;

/**
 * Threads and messages between a client and their care team: opening, writing, reading, the promise clock, and
 * closing. Every read of a client's messages by a professional is access-logged.
 */
@ApplicationScoped
public class ThreadService {

    private final EntityManager em;
    private final TeamService teams;
    private final Outbox outbox;
    private final AccessLog accessLog;
    private final MessagingConfig config;
    private final AttachmentCheck attachmentCheck;
    private final MeterRegistry meters;
    private final Clock clock;

    public ThreadService(EntityManager em, TeamService teams, Outbox outbox, AccessLog accessLog,
            MessagingConfig config, MeterRegistry meters, Clock clock) {
        this.meters = meters;
        this.clock = clock;
        this.em = em;
        this.teams = teams;
        this.outbox = outbox;
        this.accessLog = accessLog;
        this.config = config;
        this.attachmentCheck = new AttachmentCheck(config.attachments().maxCount(), config.attachments().maxBytes(),
                config.attachments().allowedTypes());
    }

    /** An attachment's bytes and how to serve them. */
    public record AttachmentContent(String fileName, String contentType, byte[] content) {
    }

    @Transactional
    public Outcome<ThreadView> open(OpenThreadRequest request, String idempotencyKey, Caller caller) {
        if (idempotencyKey != null) {
            IdempotencyLock.acquire(em, "thread:" + caller.subject(), idempotencyKey);
            List<MessageThread> earlier = em
                    .createQuery("from MessageThread where openedBy = ?1 and idempotencyKey = ?2", MessageThread.class)
                    .setParameter(1, caller.subject()).setParameter(2, idempotencyKey).getResultList();
            if (!earlier.isEmpty()) {
                return Outcome.replayed(view(earlier.get(0), caller));
            }
        }
        List<FieldError> errors = new ArrayList<>(checkText("topic", request.topic(), 120));
        errors.addAll(checkText("body", request.body(), config.maxBodyLength()));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The message is invalid.", errors);
        }
        KnownEnrollment enrollment = em.find(KnownEnrollment.class, request.enrollmentId());
        if (enrollment == null) {
            throw ProblemException.notFound("No enrollment " + request.enrollmentId()
                    + " with a messaging channel that you may use (a just-started one appears within seconds).");
        }
        switch (ThreadRules.mayOpen(caller, enrollment)) {
            case NOT_YOURS -> throw ProblemException.forbidden(
                    "A thread is opened by the client in their own enrollment or by a professional of its care team.");
            case NO_CHANNEL -> throw ProblemException.conflict(enrollment.active
                    ? "This pathway has no messaging with the care team."
                    : "The enrollment has ended; its channel takes no new threads.");
            case ALLOWED -> {
            }
        }
        String role = caller.hasRole(Role.CLIENT) && caller.subject().equals(enrollment.clientSubject)
                ? Role.CLIENT
                : Role.PROFESSIONAL;
        Instant now = now();
        MessageThread thread = new MessageThread();
        thread.id = UUID.randomUUID();
        thread.enrollmentId = enrollment.id;
        thread.clientSubject = enrollment.clientSubject;
        thread.definitionId = enrollment.definitionId;
        thread.careTeam = enrollment.careTeam;
        thread.inboxTeam = enrollment.careTeam;
        thread.topic = request.topic().strip();
        thread.status = ThreadStatus.OPEN;
        thread.openedBy = caller.subject();
        thread.openedByRole = role;
        thread.openedAt = now;
        thread.lastMessageAt = now;
        thread.idempotencyKey = idempotencyKey;
        em.persist(thread);
        em.flush();
        if (role.equals(Role.PROFESSIONAL)) {
            accessLog.record(caller, thread.clientSubject, "create", "thread/" + thread.id,
                    "care team contacts the client");
        }
        outbox.publish(MessagingEvents.THREAD_OPENED, thread.id.toString(), new MessagingEvents.ThreadOpened(
                thread.id, thread.enrollmentId, thread.definitionId, thread.careTeam, thread.clientSubject, role));
        write(thread, role, caller, request.body(), List.of(), null, now);
        return Outcome.made(view(thread, caller));
    }

    @Transactional
    public Outcome<MessageView> post(UUID threadId, String body, List<AttachmentCheck.Upload> uploads,
            String idempotencyKey, Caller caller) {
        MessageThread thread = em.find(MessageThread.class, threadId, LockModeType.PESSIMISTIC_WRITE);
        String role = thread == null ? null : ThreadRules.participation(caller, thread);
        if (role == null) {
            throw notFound(threadId);
        }
        if (idempotencyKey != null) {
            List<Message> earlier = em.createQuery(
                    "from Message where threadId = ?1 and senderSubject = ?2 and idempotencyKey = ?3", Message.class)
                    .setParameter(1, threadId).setParameter(2, caller.subject()).setParameter(3, idempotencyKey)
                    .getResultList();
            if (!earlier.isEmpty()) {
                return Outcome.replayed(messageView(earlier.get(0), thread,
                        attachmentsOf(List.of(earlier.get(0).id))));
            }
        }
        String text = body == null ? "" : body;
        List<FieldError> errors = new ArrayList<>();
        if (text.isBlank() && uploads.isEmpty()) {
            errors.add(new FieldError("body", "must not be empty"));
        } else if (!text.isBlank()) {
            errors.addAll(checkText("body", text, config.maxBodyLength()));
        }
        AttachmentCheck.Result files = attachmentCheck.check(uploads);
        errors.addAll(files.errors());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The message is invalid.", errors);
        }
        if (thread.status == ThreadStatus.CLOSED) {
            throw ProblemException.conflict("The thread is closed; it stays readable but takes no new messages.");
        }
        KnownEnrollment enrollment = em.find(KnownEnrollment.class, thread.enrollmentId);
        if (enrollment != null && !enrollment.active) {
            throw ProblemException.conflict("The enrollment has ended; its threads take no new messages.");
        }
        Message message = write(thread, role, caller, text.strip(), files.accepted(), idempotencyKey, now());
        return Outcome.made(messageView(message, thread, attachmentsOf(List.of(message.id))));
    }

    /** Stores a message and moves the promise clock; the caller has checked that the thread takes it. */
    private Message write(MessageThread thread, String role, Caller caller, String body,
            List<AttachmentCheck.Accepted> files, String idempotencyKey, Instant now) {
        TeamSettings team = teams.settings(thread.careTeam);
        Message message = new Message();
        message.id = UUID.randomUUID();
        message.threadId = thread.id;
        message.senderSubject = caller.subject();
        message.senderRole = role;
        message.body = body;
        message.sentAt = now;
        message.idempotencyKey = idempotencyKey;
        boolean startedClock = false;
        ThreadRules.Response response = null;
        if (role.equals(Role.CLIENT)) {
            startedClock = ThreadRules.clientWrote(thread, now, team);
            message.contactRequest = startedClock && thread.contactRequest;
            thread.clientSeenUpTo = now;
        } else {
            response = ThreadRules.professionalReplied(thread, now, team);
            thread.teamSeenUpTo = now;
            markRead(thread.id, caller.subject(), now);
            accessLog.record(caller, thread.clientSubject, "create", "thread/" + thread.id + "/messages",
                    "reply to the client");
        }
        thread.lastMessageAt = now;
        em.persist(message);
        for (AttachmentCheck.Accepted file : files) {
            Attachment attachment = new Attachment();
            attachment.id = UUID.randomUUID();
            attachment.messageId = message.id;
            attachment.fileName = file.fileName();
            attachment.contentType = file.contentType();
            attachment.sizeBytes = file.content().length;
            attachment.content = file.content();
            em.persist(attachment);
        }
        em.flush();

        outbox.publish(MessagingEvents.MESSAGE_SENT, thread.id.toString(), new MessagingEvents.MessageSent(thread.id,
                thread.enrollmentId, thread.definitionId, thread.careTeam, thread.clientSubject, message.id, role,
                files.size(), thread.waitingSince != null, startedClock, message.contactRequest,
                startedClock ? thread.dueAt : null));
        if (response != null && thread.firstResponseAt == null) {
            thread.firstResponseAt = now;
            thread.firstResponseSeconds = response.wallClock().toSeconds();
            thread.firstResponseWorkingSeconds = response.workingTime().toSeconds();
            thread.firstResponseWithinPromise = response.withinPromise();
            outbox.publish(MessagingEvents.THREAD_FIRST_RESPONSE, thread.id.toString(),
                    new MessagingEvents.FirstResponse(thread.id, thread.enrollmentId, thread.definitionId,
                            thread.careTeam, thread.clientSubject, thread.firstResponseSeconds,
                            thread.firstResponseWorkingSeconds, response.withinPromise(),
                            team.promise().amount() + " " + team.promise().unit()));
            Timer.builder("digipolku_message_first_response_working").description(
                    "Working time from the start of the promise clock to the team's first reply, per team")
                    .tag("team", thread.careTeam).tag("within_promise", Boolean.toString(response.withinPromise()))
                    .publishPercentileHistogram().register(meters).record(response.workingTime());
        }
        return message;
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
            items.add(view(thread, caller));
            logProfessionalRead(caller, thread, "thread/" + thread.id);
        }
        return new Page<>(items, page, size, count.getSingleResult());
    }

    @Transactional
    public ThreadView get(UUID threadId, Caller caller) {
        MessageThread thread = visible(threadId, caller);
        logProfessionalRead(caller, thread, "thread/" + thread.id);
        return view(thread, caller);
    }

    /** Newest first: page 0 holds the latest messages. */
    @Transactional
    public Page<MessageView> messages(UUID threadId, Caller caller, int page, int size) {
        MessageThread thread = visible(threadId, caller);
        logProfessionalRead(caller, thread, "thread/" + thread.id + "/messages");
        List<Message> messages = em
                .createQuery("from Message where threadId = ?1 order by sentAt desc, id desc", Message.class)
                .setParameter(1, threadId).setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(*) from Message where threadId = ?1", Long.class)
                .setParameter(1, threadId).getSingleResult();
        Map<UUID, List<MessageView.AttachmentView>> files = attachmentsOf(
                messages.stream().map(m -> m.id).toList());
        return new Page<>(messages.stream().map(m -> messageView(m, thread, files)).toList(), page, size, total);
    }

    @Transactional
    public AttachmentContent attachment(UUID threadId, UUID messageId, UUID attachmentId, Caller caller) {
        MessageThread thread = visible(threadId, caller);
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
        MessageThread thread = visible(threadId, caller);
        Instant upTo = thread.lastMessageAt;
        if (Role.CLIENT.equals(ThreadRules.participation(caller, thread))) {
            if (thread.clientSeenUpTo == null || thread.clientSeenUpTo.isBefore(upTo)) {
                thread.clientSeenUpTo = upTo;
            }
        } else {
            if (thread.teamSeenUpTo == null || thread.teamSeenUpTo.isBefore(upTo)) {
                thread.teamSeenUpTo = upTo;
            }
            markRead(threadId, caller.subject(), upTo);
            accessLog.record(caller, thread.clientSubject, "read", "thread/" + threadId + "/messages",
                    "care-team follow-up");
        }
        em.flush();
        return view(thread, caller);
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

    @Transactional
    public ThreadView assign(UUID threadId, String assignee, Caller caller) {
        MessageThread thread = professionalsThread(threadId, caller);
        if (thread.status == ThreadStatus.CLOSED) {
            throw ProblemException.conflict("The thread is closed.");
        }
        thread.assignee = assignee;
        accessLog.record(caller, thread.clientSubject, "update", "thread/" + threadId + "/assignee",
                assignee == null ? "released" : "assigned");
        em.flush();
        return view(thread, caller);
    }

    @Transactional
    public ThreadView close(UUID threadId, Caller caller) {
        MessageThread thread = professionalsThread(threadId, caller);
        if (thread.status == ThreadStatus.CLOSED) {
            throw ProblemException.conflict("The thread is already closed.");
        }
        closeThread(thread, "professional");
        accessLog.record(caller, thread.clientSubject, "update", "thread/" + threadId, "closed");
        em.flush();
        return view(thread, caller);
    }

    /** Closes the open threads of an enrollment that ended; called while applying pathway-service's event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closeForEnrollment(UUID enrollmentId, String ending) {
        List<MessageThread> open = em
                .createQuery("from MessageThread where enrollmentId = ?1 and status = ?2", MessageThread.class)
                .setParameter(1, enrollmentId).setParameter(2, ThreadStatus.OPEN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (MessageThread thread : open) {
            closeThread(thread, "enrollment-" + ending);
        }
    }

    private void closeThread(MessageThread thread, String reason) {
        boolean unanswered = thread.waitingSince != null;
        thread.status = ThreadStatus.CLOSED;
        thread.closedAt = now();
        thread.closedReason = reason;
        thread.waitingSince = null;
        thread.clockStartedAt = null;
        thread.dueAt = null;
        outbox.publish(MessagingEvents.THREAD_CLOSED, thread.id.toString(), new MessagingEvents.ThreadClosed(thread.id,
                thread.enrollmentId, thread.definitionId, thread.careTeam, thread.clientSubject, reason, unanswered));
    }

    /**
     * Marks waiting threads past their due time as overdue, once each, moves them to the escalation team's inbox and
     * announces {@code promise.breached}. Threads another instance is handling are skipped, not waited for.
     *
     * @return how many threads became overdue
     */
    @Transactional
    public int breachDue(int batch) {
        Instant now = now();
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery("""
                SELECT id FROM message_thread
                WHERE status = 'OPEN' AND overdue = false AND due_at IS NOT NULL AND due_at <= ?1
                ORDER BY due_at LIMIT ?2 FOR UPDATE SKIP LOCKED""", UUID.class).setParameter(1, now)
                .setParameter(2, batch).getResultList();
        int breached = 0;
        for (UUID id : due) {
            MessageThread thread = em.find(MessageThread.class, id);
            TeamSettings team = teams.settings(thread.careTeam);
            if (ThreadRules.breach(thread, now, team.escalationTeam())) {
                breached++;
                outbox.publish(MessagingEvents.PROMISE_BREACHED, thread.id.toString(),
                        new MessagingEvents.PromiseBreached(thread.id, thread.enrollmentId, thread.definitionId,
                                thread.careTeam, thread.clientSubject, thread.dueAt, thread.waitingSince,
                                thread.contactRequest, thread.inboxTeam.equals(thread.careTeam)
                                        ? null
                                        : thread.inboxTeam));
                meters.counter("digipolku_promise_breaches", "team", thread.careTeam).increment();
            }
        }
        em.flush();
        return breached;
    }

    private MessageThread professionalsThread(UUID threadId, Caller caller) {
        MessageThread thread = em.find(MessageThread.class, threadId, LockModeType.PESSIMISTIC_WRITE);
        if (thread == null || !Role.PROFESSIONAL.equals(ThreadRules.participation(caller, thread))) {
            throw notFound(threadId);
        }
        return thread;
    }

    private MessageThread visible(UUID threadId, Caller caller) {
        MessageThread thread = em.find(MessageThread.class, threadId);
        if (thread == null || ThreadRules.participation(caller, thread) == null) {
            throw notFound(threadId);
        }
        return thread;
    }

    private void logProfessionalRead(Caller caller, MessageThread thread, String resource) {
        if (Role.PROFESSIONAL.equals(ThreadRules.participation(caller, thread))) {
            accessLog.record(caller, thread.clientSubject, "read", resource, "care-team follow-up");
        }
    }

    private void markRead(UUID threadId, String reader, Instant upTo) {
        em.createNativeQuery("""
                INSERT INTO read_mark (thread_id, reader, read_up_to) VALUES (?1, ?2, ?3)
                ON CONFLICT (thread_id, reader)
                DO UPDATE SET read_up_to = greatest(read_mark.read_up_to, excluded.read_up_to)""")
                .setParameter(1, threadId).setParameter(2, reader).setParameter(3, upTo).executeUpdate();
    }

    /** The thread as the caller sees it, with the caller's unread count. */
    ThreadView view(MessageThread thread, Caller caller) {
        long unread;
        if (Role.CLIENT.equals(ThreadRules.participation(caller, thread))) {
            unread = em.createQuery("""
                    select count(*) from Message where threadId = ?1 and senderRole = 'professional'
                    and sentAt > ?2""", Long.class).setParameter(1, thread.id)
                    .setParameter(2, thread.clientSeenUpTo == null ? Instant.EPOCH : thread.clientSeenUpTo)
                    .getSingleResult();
        } else {
            unread = unreadFor(thread.id, caller.subject());
        }
        ThreadView view = ThreadView.of(thread, unread);
        if (Role.CLIENT.equals(ThreadRules.participation(caller, thread)) && view.assignee() != null) {
            return ThreadView.of(withoutAssignee(thread), unread);
        }
        return view;
    }

    /** Client messages in a thread that this professional has not read. */
    public long unreadFor(UUID threadId, String reader) {
        return ((Number) em.createNativeQuery("""
                SELECT count(*) FROM message m
                WHERE m.thread_id = ?1 AND m.sender_role = 'client' AND m.sent_at > coalesce(
                    (SELECT r.read_up_to FROM read_mark r WHERE r.thread_id = ?1 AND r.reader = ?2), '-infinity')""")
                .setParameter(1, threadId).setParameter(2, reader).getSingleResult()).longValue();
    }

    private static MessageThread withoutAssignee(MessageThread thread) {
        MessageThread copy = new MessageThread();
        copy.id = thread.id;
        copy.enrollmentId = thread.enrollmentId;
        copy.definitionId = thread.definitionId;
        copy.clientSubject = thread.clientSubject;
        copy.careTeam = thread.careTeam;
        copy.inboxTeam = thread.inboxTeam;
        copy.topic = thread.topic;
        copy.status = thread.status;
        copy.openedByRole = thread.openedByRole;
        copy.openedAt = thread.openedAt;
        copy.closedAt = thread.closedAt;
        copy.closedReason = thread.closedReason;
        copy.lastMessageAt = thread.lastMessageAt;
        copy.waitingSince = thread.waitingSince;
        copy.dueAt = thread.dueAt;
        copy.overdue = thread.overdue;
        copy.contactRequest = thread.contactRequest;
        copy.firstResponseAt = thread.firstResponseAt;
        copy.firstResponseSeconds = thread.firstResponseSeconds;
        copy.firstResponseWorkingSeconds = thread.firstResponseWorkingSeconds;
        copy.firstResponseWithinPromise = thread.firstResponseWithinPromise;
        return copy;
    }

    private MessageView messageView(Message message, MessageThread thread,
            Map<UUID, List<MessageView.AttachmentView>> files) {
        Instant seenUpTo = Role.CLIENT.equals(message.senderRole) ? thread.teamSeenUpTo : thread.clientSeenUpTo;
        boolean seen = seenUpTo != null && !seenUpTo.isBefore(message.sentAt);
        return new MessageView(message.id, message.threadId, message.senderRole, message.senderSubject, message.body,
                message.sentAt, message.contactRequest, seen, files.getOrDefault(message.id, List.of()));
    }

    private Map<UUID, List<MessageView.AttachmentView>> attachmentsOf(List<UUID> messageIds) {
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

    /** Text must fit the limit and carry no control characters other than line breaks and tabs. */
    static List<FieldError> checkText(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return List.of(new FieldError(field, "must not be empty"));
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            return List.of(new FieldError(field, "must be at most " + maxLength + " characters"));
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            return List.of(new FieldError(field, "must not contain control characters"));
        }
        return List.of();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static ProblemException notFound(UUID threadId) {
        return ProblemException.notFound("No thread " + threadId + " that you may see.");
    }
}
