package fi.digipolku.feedback.request;

import java.time.Instant;
import java.util.UUID;

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

    public String clientSubject;

    public UUID enrollmentId;

    public String occasion;

    public UUID definitionId;

    public int definitionVersion;

    public String careTeam;

    public String surveyKey;

    public int surveyVersion;

    public Instant requestedAt;

    public Instant expiresAt;

    @Enumerated(EnumType.STRING)
    public RequestStatus status;

    @Version
    public long version;
}
