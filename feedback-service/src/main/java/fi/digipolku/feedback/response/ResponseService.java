package fi.digipolku.feedback.response;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import fi.digipolku.feedback.FeedbackConfig;
import fi.digipolku.feedback.anonymisation.Anonymised;
import fi.digipolku.feedback.anonymisation.Anonymiser;
import fi.digipolku.feedback.pathway.PathwayVersion;
import fi.digipolku.feedback.request.FeedbackRequest;
import fi.digipolku.feedback.request.RequestStatus;
import fi.digipolku.feedback.survey.Survey;
import fi.digipolku.feedback.survey.SurveyService;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.outbox.Outbox;
import fi.digipolku.support.problem.FieldError;
import fi.digipolku.support.problem.ProblemException;

/**
 * Takes a client's answer to their request once. The open text is anonymised in memory before anything is written;
 * the stored response gets a new random id and keeps no trace of the request or the person.
 */
@ApplicationScoped
public class ResponseService {

    private final EntityManager em;
    private final SurveyService surveys;
    private final Outbox outbox;
    private final FeedbackConfig config;
    private final Anonymiser anonymiser = new Anonymiser();

    public ResponseService(EntityManager em, SurveyService surveys, Outbox outbox, FeedbackConfig config) {
        this.em = em;
        this.surveys = surveys;
        this.outbox = outbox;
        this.config = config;
    }

    /** @param identityCode the identity code in the caller's token, read for the age group only; may be null */
    @Transactional
    public void answer(UUID requestId, AnswerRequest answer, String identityCode, Caller caller) {
        FeedbackRequest request = em.find(FeedbackRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || !request.clientSubject.equals(caller.subject())) {
            throw ProblemException.notFound("No feedback request " + requestId + " of yours.");
        }
        Instant now = Instant.now();
        if (request.status == RequestStatus.ANSWERED) {
            throw ProblemException.conflict("This request has already been answered; thank you.");
        }
        if (request.status == RequestStatus.EXPIRED || !request.expiresAt.isAfter(now)) {
            throw ProblemException.conflict("This request has expired.");
        }
        Survey survey = surveys.version(request.surveyKey, request.surveyVersion)
                .orElseThrow(() -> new IllegalStateException("survey version of a request is missing"));
        List<FieldError> errors = AnswerRules.check(survey.content, answer, config.maxOpenAnswerLength());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The answers do not fit the survey.", errors);
        }
        LocalDate today = LocalDate.now(config.zone());
        Anonymised open = answer.openAnswer() == null || answer.openAnswer().isBlank()
                ? null
                : anonymiser.anonymise(answer.openAnswer().strip());
        PathwayVersion pathway = em.find(PathwayVersion.class,
                new PathwayVersion.Key(request.definitionId, request.definitionVersion));

        FeedbackResponse response = new FeedbackResponse();
        response.id = UUID.randomUUID();
        response.surveyKey = request.surveyKey;
        response.surveyVersion = request.surveyVersion;
        response.definitionId = request.definitionId;
        response.definitionVersion = request.definitionVersion;
        response.careTeam = request.careTeam;
        if (pathway != null) {
            response.placeOfService = pathway.placeOfService;
            response.costCentre = pathway.costCentre;
            response.auraServiceClass = pathway.auraServiceClass;
            response.contactType = pathway.contactType;
        }
        response.clientSegment = AgeGroup.of(identityCode, today);
        response.requestedOn = LocalDate.ofInstant(request.requestedAt, config.zone());
        response.answeredOn = today;
        response.nps = answer.nps();
        response.ces = answer.ces();
        response.statements = new TreeMap<>(answer.statementsOrEmpty());
        response.openAnswer = open == null ? null : open.text();
        em.persist(response);
        if (open != null) {
            AnonymiserLogEntry log = new AnonymiserLogEntry();
            log.responseId = response.id;
            log.loggedOn = today;
            log.removed = new TreeMap<>();
            open.removed().forEach((category, count) -> log.removed.put(category.name(), count));
            em.persist(log);
        }
        request.status = RequestStatus.ANSWERED;
        request.answeredOn = today;
        em.flush();

        Map<String, Object> data = new LinkedHashMap<>();
        data.put("responseId", response.id.toString());
        data.put("definitionId", response.definitionId.toString());
        data.put("definitionVersion", response.definitionVersion);
        data.put("team", response.careTeam);
        data.put("nps", response.nps);
        data.put("ces", response.ces);
        data.put("answeredOn", today.toString());
        outbox.publish("feedback.submitted", response.id.toString(), data);
    }
}
