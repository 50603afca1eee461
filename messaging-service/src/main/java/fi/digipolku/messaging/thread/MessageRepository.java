package fi.digipolku.messaging.thread;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Messages (table {@code message}) and the files stored with them (table {@code attachment}). */
@ApplicationScoped
public class MessageRepository implements PanacheRepositoryBase<Message, UUID> {

    /** An attachment without its bytes, with the thread of its message. */
    public record AttachmentRow(UUID id, UUID messageId, String fileName, String contentType, Integer sizeBytes,
            UUID threadId) {
    }

    /** A thread's messages, newest first. */
    PanacheQuery<Message> ofThread(UUID threadId) {
        return find("threadId = ?1", Sort.descending("sentAt").and("id", Sort.Direction.Descending), threadId);
    }

    /** Professionals' messages in the thread sent after the given time. */
    long fromProfessionalsAfter(UUID threadId, Instant after) {
        return count("threadId = ?1 and senderRole = 'professional' and sentAt > ?2", threadId, after);
    }

    void persistAttachment(Attachment attachment) {
        getEntityManager().persist(attachment);
    }

    /** The attachment if it belongs to that message in that thread. */
    Optional<Attachment> attachment(UUID attachmentId, UUID messageId, UUID threadId) {
        return getEntityManager().createQuery("""
                select a from Attachment a, Message m
                where a.id = ?1 and a.messageId = m.id and m.id = ?2 and m.threadId = ?3""", Attachment.class)
                .setParameter(1, attachmentId).setParameter(2, messageId).setParameter(3, threadId)
                .getResultList().stream().findFirst();
    }

    /** The attachments of the given messages, by file name, without their bytes. */
    List<AttachmentRow> attachmentsOf(List<UUID> messageIds) {
        return getEntityManager().createQuery("""
                select new fi.digipolku.messaging.thread.MessageRepository$AttachmentRow(
                    a.id, a.messageId, a.fileName, a.contentType, a.sizeBytes, m.threadId)
                from Attachment a, Message m where a.messageId = m.id and a.messageId in ?1 order by a.fileName""",
                AttachmentRow.class).setParameter(1, messageIds).getResultList();
    }
}
