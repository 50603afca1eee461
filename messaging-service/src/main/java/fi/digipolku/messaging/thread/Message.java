package fi.digipolku.messaging.thread;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One message in a thread, from the client or from a professional of the team. */
@Entity
@Table(name = "message")
public class Message {

    @Id
    public UUID id;

    @Column(name = "thread_id")
    public UUID threadId;

    @Column(name = "sender_subject")
    public String senderSubject;

    @Column(name = "sender_role")
    public String senderRole;

    public String body;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "contact_request")
    public boolean contactRequest;

    @Column(name = "idempotency_key")
    public String idempotencyKey;
}
