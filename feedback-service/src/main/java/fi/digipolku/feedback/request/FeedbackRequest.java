package fi.digipolku.feedback.request;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A request to one client to give feedback on one occasion of an enrollment ({@code end}, or {@code year-N}). It knows
 * the client; the response does not know the request. Once answered it says so and nothing more: no answered time.
 */
@Entity
@Table(name = "feedback_request")
public class FeedbackRequest {

    @Id
    public UUID id;

    @Column(name = "client_subject")
    public String clientSubject;

    @Column(name = "enrollment_id")
    public UUID enrollmentId;

    public String occasion;

    @Column(name = "definition_id")
    public UUID definitionId;

    @Column(name = "definition_version")
    public int definitionVersion;

    @Column(name = "care_team")
    public String careTeam;

    @Column(name = "survey_key")
    public String surveyKey;

    @Column(name = "survey_version")
    public int surveyVersion;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Enumerated(EnumType.STRING)
    public RequestStatus status;

    @Version
    public long version;
}
