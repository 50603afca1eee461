package fi.digipolku.messaging.thread;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message. {@code seenByRecipient} tells the client that the team has seen their message, and the team that the
 * client has seen theirs.
 */
public record MessageView(UUID id, UUID threadId, String senderRole, String senderId, String body, Instant sentAt,
        boolean contactRequest, boolean seenByRecipient, List<AttachmentView> attachments) {

    /** A file on a message; its bytes are at {@code href}. */
    public record AttachmentView(UUID id, String fileName, String contentType, int size, String href) {
    }
}
