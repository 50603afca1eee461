package fi.digipolku.pathway.progress;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Something the care team must look at; open until a professional acknowledges it. */
@Entity
@Table(name = "flag")
public class Flag {

    @Id
    public UUID id;

    @Column(name = "enrollment_id")
    public UUID enrollmentId;

    @Column(name = "record_id")
    public UUID recordId;

    @Column(name = "module_key")
    public String moduleKey;

    public String reason;

    @Column(name = "raised_at")
    public Instant raisedAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;
}
