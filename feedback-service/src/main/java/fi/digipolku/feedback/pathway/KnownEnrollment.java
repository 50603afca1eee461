package fi.digipolku.feedback.pathway;

import java.time.LocalDate;
import java.util.UUID;

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

    public String clientSubject;

    public UUID definitionId;

    public int definitionVersion;

    public String careTeam;

    public String feedbackTiming;

    public LocalDate startedOn;

    public boolean active;
}
