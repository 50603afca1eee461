package fi.digipolku.feedback.request;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import fi.digipolku.feedback.pathway.KnownEnrollment;
import fi.digipolku.feedback.survey.Survey;

/** Feedback requests (table {@code feedback_request}). */
@ApplicationScoped
public class FeedbackRequestRepository implements PanacheRepositoryBase<FeedbackRequest, UUID> {

    private static final String INSERT_IF_NEW = """
            INSERT INTO feedback_request (id, client_subject, enrollment_id, occasion, definition_id,
                definition_version, care_team, survey_key, survey_version, requested_at, expires_at, status, version)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'PENDING', 0)
            ON CONFLICT (enrollment_id, occasion) DO NOTHING""";

    /** When a request was made, for which pathway and team; nothing about whom it asked. */
    public record Requested(UUID definitionId, String careTeam, Instant requestedAt) {
    }

    /**
     * Stores a pending request for the enrollment's occasion unless one exists.
     *
     * @return 1 when stored, 0 when the occasion already had its request
     */
    int insertIfNew(UUID id, KnownEnrollment enrollment, String occasion, Survey.Key survey, Instant now,
            Instant expiresAt) {
        return getEntityManager().createNativeQuery(INSERT_IF_NEW).setParameter(1, id)
                .setParameter(2, enrollment.clientSubject).setParameter(3, enrollment.id).setParameter(4, occasion)
                .setParameter(5, enrollment.definitionId).setParameter(6, enrollment.definitionVersion)
                .setParameter(7, enrollment.careTeam).setParameter(8, survey.surveyKey())
                .setParameter(9, survey.version()).setParameter(10, now).setParameter(11, expiresAt)
                .executeUpdate();
    }

    /** The client's pending requests that have not expired by {@code now}, newest first. */
    List<FeedbackRequest> pendingOf(String clientSubject, Instant now) {
        return getEntityManager().createQuery("""
                from FeedbackRequest where clientSubject = ?1 and status = ?2 and expiresAt > ?3
                order by requestedAt desc""", FeedbackRequest.class).setParameter(1, clientSubject)
                .setParameter(2, RequestStatus.PENDING).setParameter(3, now).getResultList();
    }

    /** Marks the pending requests expired by {@code now} as expired; returns how many. */
    int expireDue(Instant now) {
        return getEntityManager().createQuery("update FeedbackRequest set status = ?1, version = version + 1 "
                + "where status = ?2 and expiresAt <= ?3").setParameter(1, RequestStatus.EXPIRED)
                .setParameter(2, RequestStatus.PENDING).setParameter(3, now).executeUpdate();
    }

    /** Every request made before the given instant. */
    public List<Requested> requestedBefore(Instant before) {
        return getEntityManager().createQuery("""
                select new fi.digipolku.feedback.request.FeedbackRequestRepository$Requested(
                    definitionId, careTeam, requestedAt)
                from FeedbackRequest where requestedAt < ?1""", Requested.class).setParameter(1, before)
                .getResultList();
    }
}
