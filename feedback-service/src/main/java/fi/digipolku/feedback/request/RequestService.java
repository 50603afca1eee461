package fi.digipolku.feedback.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fi.digipolku.events.FeedbackEvents;
import fi.digipolku.events.FeedbackEvents.FeedbackRequested;
import fi.digipolku.feedback.FeedbackConfig;
import fi.digipolku.feedback.pathway.KnownEnrollment;
import fi.digipolku.feedback.pathway.PathwayVersion;
import fi.digipolku.feedback.survey.Survey;
import fi.digipolku.feedback.survey.SurveyService;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.outbox.Outbox;

/** Feedback requests: made when a pathway asks, listed to their client, expired when their time is up. */
@ApplicationScoped
public class RequestService {

    private final EntityManager em;
    private final SurveyService surveys;
    private final Outbox outbox;
    private final FeedbackConfig config;
    private final Clock clock;

    public RequestService(EntityManager em, SurveyService surveys, Outbox outbox, FeedbackConfig config,
            Clock clock) {
        this.em = em;
        this.surveys = surveys;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Asks the enrollment's client for feedback on one occasion, once: asking again for the same occasion changes
     * nothing.
     *
     * @return true when a request was made now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean request(KnownEnrollment enrollment, String occasion) {
        Survey survey = surveys.latest(config.survey())
                .orElseThrow(() -> new IllegalStateException("no survey " + config.survey()));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID id = UUID.randomUUID();
        Instant expiresAt = now.plus(config.requestValidity());
        int inserted = em
                .createNativeQuery(
                        """
                                INSERT INTO feedback_request (id, client_subject, enrollment_id, occasion, definition_id,
                                    definition_version, care_team, survey_key, survey_version, requested_at, expires_at, status, version)
                                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'PENDING', 0)
                                ON CONFLICT (enrollment_id, occasion) DO NOTHING""")
                .setParameter(1, id)
                .setParameter(2, enrollment.clientSubject).setParameter(3, enrollment.id).setParameter(4, occasion)
                .setParameter(5, enrollment.definitionId).setParameter(6, enrollment.definitionVersion)
                .setParameter(7, enrollment.careTeam).setParameter(8, survey.id.surveyKey())
                .setParameter(9, survey.id.version()).setParameter(10, now).setParameter(11, expiresAt)
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        outbox.publish(FeedbackEvents.FEEDBACK_REQUESTED, id.toString(), new FeedbackRequested(id, enrollment.id,
                enrollment.definitionId, enrollment.definitionVersion, enrollment.careTeam, enrollment.clientSubject,
                occasion, expiresAt));
        return true;
    }

    /** The caller's requests that can still be answered, newest first. */
    @Transactional
    public List<RequestView> pending(Caller caller) {
        return em.createQuery("""
                from FeedbackRequest where clientSubject = ?1 and status = ?2 and expiresAt > ?3
                order by requestedAt desc""", FeedbackRequest.class).setParameter(1, caller.subject())
                .setParameter(2, RequestStatus.PENDING).setParameter(3, clock.instant()).getResultList().stream()
                .map(r -> RequestView.of(r, pathwayName(r))).toList();
    }

    /** Closes the pending requests whose time is up. */
    @Transactional
    public int expireDue() {
        return em.createQuery("update FeedbackRequest set status = ?1, version = version + 1 "
                + "where status = ?2 and expiresAt <= ?3").setParameter(1, RequestStatus.EXPIRED)
                .setParameter(2, RequestStatus.PENDING).setParameter(3, clock.instant()).executeUpdate();
    }

    /** Asks the clients of running yearly pathways whose anniversary has come. */
    @Transactional
    public int askYearly(LocalDate today) {
        List<KnownEnrollment> due = em.createQuery("""
                from KnownEnrollment where active = true and feedbackTiming = ?1 and startedOn <= ?2""",
                KnownEnrollment.class).setParameter(1, KnownEnrollment.YEARLY).setParameter(2, today.minusYears(1))
                .getResultList();
        int asked = 0;
        for (KnownEnrollment enrollment : due) {
            String occasion = FeedbackOccasions.yearly(enrollment.startedOn, today);
            if (occasion != null && request(enrollment, occasion)) {
                asked++;
            }
        }
        return asked;
    }

    private String pathwayName(FeedbackRequest request) {
        PathwayVersion version = em.find(PathwayVersion.class,
                new PathwayVersion.Key(request.definitionId, request.definitionVersion));
        return version == null ? null : version.name;
    }
}
