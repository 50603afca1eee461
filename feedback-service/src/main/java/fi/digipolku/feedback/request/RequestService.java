package fi.digipolku.feedback.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.digipolku.events.FeedbackEvents;
import fi.digipolku.events.FeedbackEvents.FeedbackRequested;
import fi.digipolku.feedback.FeedbackConfig;
import fi.digipolku.feedback.pathway.KnownEnrollment;
import fi.digipolku.feedback.pathway.KnownEnrollmentRepository;
import fi.digipolku.feedback.pathway.PathwayVersion;
import fi.digipolku.feedback.pathway.PathwayVersionRepository;
import fi.digipolku.feedback.survey.Survey;
import fi.digipolku.feedback.survey.SurveyService;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.outbox.Outbox;

/** Feedback requests: made when a pathway asks, listed to their client, expired when their time is up. */
@ApplicationScoped
public class RequestService {

    private final FeedbackRequestRepository requests;
    private final KnownEnrollmentRepository enrollments;
    private final PathwayVersionRepository pathways;
    private final SurveyService surveys;
    private final Outbox outbox;
    private final FeedbackConfig config;
    private final Clock clock;

    public RequestService(FeedbackRequestRepository requests, KnownEnrollmentRepository enrollments,
            PathwayVersionRepository pathways, SurveyService surveys, Outbox outbox, FeedbackConfig config,
            Clock clock) {
        this.requests = requests;
        this.enrollments = enrollments;
        this.pathways = pathways;
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
        int inserted = requests.insertIfNew(id, enrollment, occasion, survey.id, now, expiresAt);
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
        return requests.pendingOf(caller.subject(), clock.instant()).stream()
                .map(r -> RequestView.of(r, pathwayName(r))).toList();
    }

    /** Closes the pending requests whose time is up. */
    @Transactional
    public int expireDue() {
        return requests.expireDue(clock.instant());
    }

    /** Asks the clients of running yearly pathways whose anniversary has come. */
    @Transactional
    public int askYearly(LocalDate today) {
        List<KnownEnrollment> due = enrollments.yearlyStartedBy(today.minusYears(1));
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
        PathwayVersion version = pathways.version(request.definitionId, request.definitionVersion);
        return version == null ? null : version.name;
    }
}
