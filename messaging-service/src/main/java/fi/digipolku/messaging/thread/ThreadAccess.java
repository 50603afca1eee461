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
import jakarta.persistence.LockModeType;

import fi.digipolku.support.http.ETags;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.identity.Role;
import fi.digipolku.support.problem.ProblemException;

/**
 * What the thread services share: finding a thread the caller may see, read marks, and the views of threads and
 * messages as the caller sees them.
 */
@ApplicationScoped
class ThreadAccess {

    private final ThreadRepository threads;
    private final MessageRepository messages;

    ThreadAccess(ThreadRepository threads, MessageRepository messages) {
        this.threads = threads;
        this.messages = messages;
    }

    /** The thread if the caller takes part in it; otherwise 404, so that its existence is not revealed. */
    MessageThread visible(UUID threadId, Caller caller) {
        MessageThread thread = threads.findById(threadId);
        if (thread == null || ThreadRules.participation(caller, thread) == null) {
            throw notFound(threadId);
        }
        return thread;
    }

    /** The thread, locked for a change, if the caller takes part in it as a professional; otherwise 404. */
    MessageThread professionalsThread(UUID threadId, Caller caller) {
        MessageThread thread = threads.findById(threadId, LockModeType.PESSIMISTIC_WRITE);
        if (thread == null || !Role.PROFESSIONAL.equals(ThreadRules.participation(caller, thread))) {
            throw notFound(threadId);
        }
        return thread;
    }

    /**
     * 428 without If-Match, 412 unless it names the thread as the caller sees it now; called once the caller is known
     * to take part in the thread, so that nobody else learns anything of it.
     */
    void requireUnchanged(MessageThread thread, Caller caller, String ifMatch) {
        ETags.check(ETags.required(ifMatch), view(thread, caller).etag());
    }

    static ProblemException notFound(UUID threadId) {
        return ProblemException.notFound("thread.not-found", threadId);
    }

    /** The time as the database keeps it, in microseconds. */
    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The reader has read the thread's messages up to the given time; a read mark never moves back. */
    void markRead(UUID threadId, String reader, Instant upTo) {
        threads.markRead(threadId, reader, upTo);
    }

    /** Client messages in a thread that this professional has not read. */
    long unreadFor(UUID threadId, String reader) {
        return threads.unreadFor(threadId, reader);
    }

    /** The thread as the caller sees it, with the caller's unread count; a client does not see the assignee. */
    ThreadView view(MessageThread thread, Caller caller) {
        boolean client = Role.CLIENT.equals(ThreadRules.participation(caller, thread));
        long unread;
        if (client) {
            unread = messages.fromProfessionalsAfter(thread.id,
                    thread.clientSeenUpTo == null ? Instant.EPOCH : thread.clientSeenUpTo);
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
        for (MessageRepository.AttachmentRow row : messages.attachmentsOf(messageIds)) {
            files.computeIfAbsent(row.messageId(), k -> new ArrayList<>()).add(new MessageView.AttachmentView(row.id(),
                    row.fileName(), row.contentType(), row.sizeBytes(), "/api/v1/threads/" + row.threadId()
                            + "/messages/" + row.messageId() + "/attachments/" + row.id()));
        }
        return files;
    }
}
