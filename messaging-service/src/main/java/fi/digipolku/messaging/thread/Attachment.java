package fi.digipolku.messaging.thread;

import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file stored with a message; its content type was detected from the bytes. */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    public UUID id;

    public UUID messageId;

    public String fileName;

    public String contentType;

    public int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    public byte[] content;
}
