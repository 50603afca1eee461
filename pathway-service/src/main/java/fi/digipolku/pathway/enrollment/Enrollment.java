package fi.digipolku.pathway.enrollment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fi.digipolku.pathway.definition.FeedbackTiming;
import fi.digipolku.pathway.definition.PathwayKind;

/** One client on one pathway version. */
@Entity
@Table(name = "enrollment")
public class Enrollment {

    @Id
    public UUID id;

    public UUID definitionId;

    public int definitionVersion;

    public String clientSubject;

    @Enumerated(EnumType.STRING)
    public PathwayKind kind;

    public String careTeam;

    public boolean followedByTeam;

    public boolean messagingEnabled;

    @Enumerated(EnumType.STRING)
    public FeedbackTiming feedbackTiming;

    @Enumerated(EnumType.STRING)
    public EnrollmentStatus status;

    public LocalDate startedOn;

    public LocalDate endsOn;

    public Instant startedAt;

    public String startedBy;

    public Instant endedAt;

    public String endedBy;

    public String endReason;

    public Instant lastActivityAt;

    /** Module keys switched off for this client; they leave the timeline and the completion rule. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> disabledModules = new ArrayList<>();

    @Version
    public long rowVersion;
}
