package fi.digipolku.messaging.thread;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import fi.digipolku.events.MessagingEvents;
import fi.digipolku.messaging.MessagingConfig;
import fi.digipolku.messaging.enrollment.KnownEnrollment;
import fi.digipolku.messaging.enrollment.KnownEnrollmentRepository;
import fi.digipolku.messaging.team.TeamService;
import fi.digipolku.messaging.team.TeamSettings;
import fi.digipolku.support.accesslog.AccessLog;
import fi.digipolku.support.http.Idempotency.Outcome;
import fi.digipolku.support.idempotency.IdempotencyRules;
import fi.digipolku.support.idempotency.IdempotentWrites;
import fi.digipolku.support.idempotency.IdempotentWrites.Attempt;
import fi.digipolku.support.idempotency.IdempotentWrites.Made;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.identity.Role;
import fi.digipolku.support.outbox.Outbox;
import fi.digipolku.support.problem.FieldError;
import fi.digipolku.support.problem.Messages;
import fi.digipolku.support.problem.ProblemException;

/**
 * The writes of a conversation between a client and their care team: opening a thread, writing in it (which moves the
 * promise clock), assigning and closing it. A professional's change is access-logged.
 */
@ApplicationScoped
public class ThreadService {

    private final ThreadRepository threads;
    private final MessageRepository messages;
    private final KnownEnrollmentRepository enrollments;
    private final ThreadAccess access;
    private final TeamService teams;
    private final Outbox outbox;
    private final AccessLog accessLog;
    private final MessagingConfig config;
    private final AttachmentCheck attachmentCheck;
    private final MeterRegistry meters;
    private final IdempotentWrites writes;
    private final Clock clock;

    public ThreadService(ThreadRepository threads, MessageRepository messages, KnownEnrollmentRepository enrollments,
            ThreadAccess access, TeamService teams, Outbox outbox, AccessLog accessLog, MessagingConfig config,
            MeterRegistry meters, IdempotentWrites writes, Clock clock) {
        this.threads = threads;
        this.messages = messages;
        this.enrollments = enrollments;
        this.access = access;
        this.teams = teams;
        this.outbox = outbox;
        this.accessLog = accessLog;
        this.config = config;
        this.meters = meters;
        this.writes = writes;
        this.clock = clock;
        this.attachmentCheck = new AttachmentCheck(config.attachments().maxCount(), config.attachments().maxBytes(),
                config.attachments().allowedTypes());
    }

    /**
     * Opens a thread with its first message; a retry with the same Idempotency-Key and the same request gets the thread
     * the first try opened ({@link IdempotentWrites}).
     */
    @Transactional
    public Outcome<ThreadView> open(OpenThreadRequest request, String idempotencyKey, Caller caller) {
        Attempt attempt = new Attempt(caller.actor(), idempotencyKey,
                IdempotencyRules.hash("POST " + ThreadResource.PATH, request));
        return writes.once(attempt, resource -> earlierThread(resource, caller), () -> {
            ThreadView opened = openThread(request, caller);
            return new Made<>(opened.id().toString(), opened);
        });
    }

    /** The thread an earlier try opened, if the caller still takes part in it. */
    private Optional<ThreadView> earlierThread(String resource, Caller caller) {
        return threads.findByIdOptional(UUID.fromString(resource))
                .filter(thread -> ThreadRules.participation(caller, thread) != null)
                .map(thread -> access.view(thread, caller));
    }

    private ThreadView openThread(OpenThreadRequest request, Caller caller) {
        List<FieldError> errors = new ArrayList<>(checkText("topic", request.topic(), 120));
        errors.addAll(checkText("body", request.body(), config.maxBodyLength()));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("thread.message-invalid", errors);
        }
        KnownEnrollment enrollment = enrollments.findById(request.enrollmentId());
        if (enrollment == null) {
            throw ProblemException.notFound("thread.enrollment-not-found", request.enrollmentId());
        }
        switch (ThreadRules.mayOpen(caller, enrollment)) {
            case NOT_YOURS -> throw ProblemException.forbidden("thread.open-not-allowed");
            case NO_CHANNEL -> throw ProblemException.conflict(enrollment.active
                    ? "thread.no-messaging"
                    : "thread.enrollment-ended-no-threads");
            case ALLOWED -> {
            }
        }
        String role = caller.hasRole(Role.CLIENT) && caller.subject().equals(enrollment.clientSubject)
                ? Role.CLIENT
                : Role.PROFESSIONAL;
        Instant now = ThreadAccess.now(clock);
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
        threads.persistAndFlush(thread);
        if (role.equals(Role.PROFESSIONAL)) {
            accessLog.record(caller, thread.clientSubject, "create", "thread/" + thread.id,
                    "care team contacts the client");
        }
        outbox.publish(MessagingEvents.THREAD_OPENED, thread.id.toString(), new MessagingEvents.ThreadOpened(
                thread.id, thread.enrollmentId, thread.definitionId, thread.careTeam, thread.clientSubject, role));
        write(thread, role, caller, request.body(), List.of(), now);
        return access.view(thread, caller);
    }

    /**
     * Sends a message with its files; a retry with the same Idempotency-Key and the same request (the thread, the text,
     * and each file's name, media type and bytes) gets the message the first try sent ({@link IdempotentWrites}).
     */
    @Transactional
    public Outcome<MessageView> post(UUID threadId, String body, List<AttachmentCheck.Upload> uploads,
            String idempotencyKey, Caller caller) {
        MessageThread thread = threads.findById(threadId, LockModeType.PESSIMISTIC_WRITE);
        String role = thread == null ? null : ThreadRules.participation(caller, thread);
        if (role == null) {
            throw ThreadAccess.notFound(threadId);
        }
        Attempt attempt = new Attempt(caller.actor(), idempotencyKey, IdempotencyRules
                .hash("POST " + ThreadResource.PATH + "/" + threadId + "/messages",
                        MessageFingerprint.of(body, uploads)));
        return writes.once(attempt, resource -> earlierMessage(resource, thread, caller), () -> {
            MessageView sent = send(thread, role, body, uploads, caller);
            return new Made<>(sent.id().toString(), sent);
        });
    }

    /** The message an earlier try sent, if it is this caller's in this thread. */
    private Optional<MessageView> earlierMessage(String resource, MessageThread thread, Caller caller) {
        return messages.findByIdOptional(UUID.fromString(resource))
                .filter(message -> message.threadId.equals(thread.id)
                        && message.senderSubject.equals(caller.subject()))
                .map(message -> MessageView.of(message, thread, access.attachmentsOf(List.of(message.id))));
    }

    private MessageView send(MessageThread thread, String role, String body, List<AttachmentCheck.Upload> uploads,
            Caller caller) {
        String text = body == null ? "" : body;
        List<FieldError> errors = new ArrayList<>();
        if (text.isBlank() && uploads.isEmpty()) {
            errors.add(new FieldError("body", "thread.text-required"));
        } else if (!text.isBlank()) {
            errors.addAll(checkText("body", text, config.maxBodyLength()));
        }
        AttachmentCheck.Result files = attachmentCheck.check(uploads);
        errors.addAll(files.errors());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("thread.message-invalid", errors);
        }
        if (thread.status == ThreadStatus.CLOSED) {
            throw ProblemException.conflict("thread.closed-no-messages");
        }
        KnownEnrollment enrollment = enrollments.findById(thread.enrollmentId);
        if (enrollment != null && !enrollment.active) {
            throw ProblemException.conflict("thread.enrollment-ended-no-messages");
        }
        Message message = write(thread, role, caller, text.strip(), files.accepted(), ThreadAccess.now(clock));
        return MessageView.of(message, thread, access.attachmentsOf(List.of(message.id)));
    }

    /** Stores a message and moves the promise clock; the caller has checked that the thread takes it. */
    private Message write(MessageThread thread, String role, Caller caller, String body,
            List<AttachmentCheck.Accepted> files, Instant now) {
        TeamSettings team = teams.settings(thread.careTeam);
        Message message = new Message();
        message.id = UUID.randomUUID();
        message.threadId = thread.id;
        message.senderSubject = caller.subject();
        message.senderRole = role;
        message.body = body;
        message.sentAt = now;
        boolean startedClock = false;
        ThreadRules.Response response = null;
        if (role.equals(Role.CLIENT)) {
            startedClock = ThreadRules.clientWrote(thread, now, team);
            message.contactRequest = startedClock && thread.contactRequest;
            thread.clientSeenUpTo = now;
        } else {
            response = ThreadRules.professionalReplied(thread, now, team);
            thread.teamSeenUpTo = now;
            access.markRead(thread.id, caller.subject(), now);
            accessLog.record(caller, thread.clientSubject, "create", "thread/" + thread.id + "/messages",
                    "reply to the client");
        }
        thread.lastMessageAt = now;
        messages.persist(message);
        for (AttachmentCheck.Accepted file : files) {
            Attachment attachment = new Attachment();
            attachment.id = UUID.randomUUID();
            attachment.messageId = message.id;
            attachment.fileName = file.fileName();
            attachment.contentType = file.contentType();
            attachment.sizeBytes = file.content().length;
            attachment.content = file.content();
            messages.persistAttachment(attachment);
        }
        threads.flush();

        outbox.publish(MessagingEvents.MESSAGE_SENT, thread.id.toString(), new MessagingEvents.MessageSent(thread.id,
                thread.enrollmentId, thread.definitionId, thread.careTeam, thread.clientSubject, message.id, role,
                files.size(), thread.waitingSince != null, startedClock, message.contactRequest,
                startedClock ? thread.dueAt : null));
        ThreadView.FirstResponse first = ThreadRules.firstResponse(thread, response, now);
        if (first != null) {
            outbox.publish(MessagingEvents.THREAD_FIRST_RESPONSE, thread.id.toString(),
                    new MessagingEvents.FirstResponse(thread.id, thread.enrollmentId, thread.definitionId,
                            thread.careTeam, thread.clientSubject, first.seconds(), first.workingSeconds(),
                            first.withinPromise(), team.promise().amount() + " " + team.promise().unit()));
            Timer.builder("digipolku_message_first_response_working").description(
                    "Working time from the start of the promise clock to the team's first reply, per team")
                    .tag("team", thread.careTeam).tag("within_promise", Boolean.toString(first.withinPromise()))
                    .publishPercentileHistogram().register(meters).record(response.workingTime());
        }
        return message;
    }

    /** Assigns the thread to a professional, or releases it with null, if it is as the caller read it (If-Match). */
    @Transactional
    public ThreadView assign(UUID threadId, String assignee, String ifMatch, Caller caller) {
        MessageThread thread = access.professionalsThread(threadId, caller);
        access.requireUnchanged(thread, caller, ifMatch);
        if (thread.status == ThreadStatus.CLOSED) {
            throw ProblemException.conflict("thread.closed");
        }
        thread.assignee = assignee;
        accessLog.record(caller, thread.clientSubject, "update", "thread/" + threadId + "/assignee",
                assignee == null ? "released" : "assigned");
        threads.flush();
        return access.view(thread, caller);
    }

    /** Closes the thread, if it is as the caller read it (If-Match). */
    @Transactional
    public ThreadView close(UUID threadId, String ifMatch, Caller caller) {
        MessageThread thread = access.professionalsThread(threadId, caller);
        access.requireUnchanged(thread, caller, ifMatch);
        if (thread.status == ThreadStatus.CLOSED) {
            throw ProblemException.conflict("thread.already-closed");
        }
        closeThread(thread, "professional");
        accessLog.record(caller, thread.clientSubject, "update", "thread/" + threadId, "closed");
        threads.flush();
        return access.view(thread, caller);
    }

    /** Closes the open threads of an enrollment that ended; called while applying pathway-service's event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closeForEnrollment(UUID enrollmentId, String ending) {
        for (MessageThread thread : threads.openOfEnrollmentForUpdate(enrollmentId)) {
            closeThread(thread, "enrollment-" + ending);
        }
    }

    private void closeThread(MessageThread thread, String reason) {
        boolean unanswered = thread.waitingSince != null;
        thread.status = ThreadStatus.CLOSED;
        thread.closedAt = ThreadAccess.now(clock);
        thread.closedReason = reason;
        thread.waitingSince = null;
        thread.clockStartedAt = null;
        thread.dueAt = null;
        outbox.publish(MessagingEvents.THREAD_CLOSED, thread.id.toString(), new MessagingEvents.ThreadClosed(thread.id,
                thread.enrollmentId, thread.definitionId, thread.careTeam, thread.clientSubject, reason, unanswered));
    }

    /** Text must fit the limit and carry no control characters other than line breaks and tabs. */
    static List<FieldError> checkText(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return List.of(new FieldError(field, "thread.text-required"));
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            return List.of(new FieldError(field, Messages.text("thread.text-too-long", maxLength)));
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            return List.of(new FieldError(field, "field.control-characters"));
        }
        return List.of();
    }
}
