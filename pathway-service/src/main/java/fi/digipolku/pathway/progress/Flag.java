package fi.digipolku.pathway.progress;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Something the care team must look at; open until a professional acknowledges it. */
@Entity
@Table(name = "flag")
public class Flag {

    @Id
    public UUID id;

    public UUID enrollmentId;

    public UUID recordId;

    public String moduleKey;

    public String reason;

    public Instant raisedAt;

    public Instant acknowledgedAt;

    public String acknowledgedBy;
}
