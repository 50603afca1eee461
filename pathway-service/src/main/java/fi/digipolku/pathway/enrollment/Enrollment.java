package fi.digipolku.pathway.enrollment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
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

    @Column(name = "definition_id")
    public UUID definitionId;

    @Column(name = "definition_version")
    public int definitionVersion;

    @Column(name = "client_subject")
    public String clientSubject;

    @Enumerated(EnumType.STRING)
    public PathwayKind kind;

    @Column(name = "care_team")
    public String careTeam;

    @Column(name = "followed_by_team")
    public boolean followedByTeam;

    @Column(name = "messaging_enabled")
    public boolean messagingEnabled;

    @Enumerated(EnumType.STRING)
    @Column(name = "feedback_timing")
    public FeedbackTiming feedbackTiming;

    @Enumerated(EnumType.STRING)
    public EnrollmentStatus status;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "started_by")
    public String startedBy;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "ended_by")
    public String endedBy;

    @Column(name = "end_reason")
    public String endReason;

    @Column(name = "last_activity_at")
    public Instant lastActivityAt;

    /** Module keys switched off for this client; they leave the timeline and the completion rule. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "disabled_modules")
    public List<String> disabledModules = new ArrayList<>();

    @Version
    @Column(name = "row_version")
    public long rowVersion;
}
