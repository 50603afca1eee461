package fi.digipolku.messaging.thread;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One message in a thread, from the client or from a professional of the team. */
@Entity
@Table(name = "message")
public class Message {

    @Id
    public UUID id;

    public UUID threadId;

    public String senderSubject;

    public String senderRole;

    public String body;

    public Instant sentAt;

    public boolean contactRequest;
}
