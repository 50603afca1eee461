package fi.digipolku.messaging.thread;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.digipolku.support.identity.Role;

/**
 * A message. {@code seenByRecipient} tells the client that the team has seen their message, and the team that the
 * client has seen theirs.
 */
public record MessageView(UUID id, UUID threadId, String senderRole, String senderId, String body, Instant sentAt,
        boolean contactRequest, boolean seenByRecipient, List<AttachmentView> attachments) {

    /** A file on a message; its bytes are at {@code href}. */
    public record AttachmentView(UUID id, String fileName, String contentType, int size, String href) {
    }

    /** The message as stored, seen by its recipient when their read mark in the thread has reached it. */
    static MessageView of(Message message, MessageThread thread, Map<UUID, List<AttachmentView>> files) {
        Instant seenUpTo = Role.CLIENT.equals(message.senderRole) ? thread.teamSeenUpTo : thread.clientSeenUpTo;
        boolean seen = seenUpTo != null && !seenUpTo.isBefore(message.sentAt);
        return new MessageView(message.id, message.threadId, message.senderRole, message.senderSubject, message.body,
                message.sentAt, message.contactRequest, seen, files.getOrDefault(message.id, List.of()));
    }
}
