package fi.digipolku.pathway.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fi.digipolku.pathway.content.ModuleType;

/** One thing a client did on a module of an enrollment. */
@Entity
@Table(name = "progress_record")
public class ProgressRecord {

    @Id
    public UUID id;

    public UUID enrollmentId;

    public String moduleKey;

    @Enumerated(EnumType.STRING)
    public ModuleType moduleType;

    public Instant recordedAt;

    public LocalDate recordedOn;

    /** What the module type records (answers, values, text), as JSON; see {@link RecordPayload}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public RecordPayload payload;

    public BigDecimal score;

    public String band;

    public boolean outOfRange;

    public boolean privateEntry;

    /**
     * Who wrote it: the subject of the person at the keyboard ({@code Caller.actor()}), which is a guardian's own
     * subject when they record on behalf of a child. A private entry is readable by its author only.
     */
    public String author;

    /** When a professional of the care team reviewed it; only reviewed records are released to integrators. */
    public Instant reviewedAt;

    public String reviewedBy;
}
