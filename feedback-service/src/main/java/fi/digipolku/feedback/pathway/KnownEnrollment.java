package fi.digipolku.feedback.pathway;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An enrollment as pathway-service announced it. */
@Entity
@Table(name = "enrollment")
public class KnownEnrollment {

    public static final String AT_END = "AT_END";
    public static final String YEARLY = "YEARLY";

    @Id
    public UUID id;

    @Column(name = "client_subject")
    public String clientSubject;

    @Column(name = "definition_id")
    public UUID definitionId;

    @Column(name = "definition_version")
    public int definitionVersion;

    @Column(name = "care_team")
    public String careTeam;

    @Column(name = "feedback_timing")
    public String feedbackTiming;

    @Column(name = "started_on")
    public LocalDate startedOn;

    public boolean active;
}
