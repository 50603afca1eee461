package fi.digipolku.feedback.request;

import java.time.Instant;
import java.util.UUID;

/** A feedback request as the client's app shows it; the survey is fetched by key and version. */
public record RequestView(UUID id, UUID enrollmentId, UUID definitionId, String pathwayName, String occasion,
        String surveyKey, int surveyVersion, Instant requestedAt, Instant expiresAt, RequestStatus status) {

    static RequestView of(FeedbackRequest r, String pathwayName) {
        return new RequestView(r.id, r.enrollmentId, r.definitionId, pathwayName, r.occasion, r.surveyKey,
                r.surveyVersion, r.requestedAt, r.expiresAt, r.status);
    }
}
