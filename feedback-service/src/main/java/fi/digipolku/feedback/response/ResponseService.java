package fi.digipolku.feedback.response;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import fi.digipolku.feedback.FeedbackConfig;
import fi.digipolku.feedback.anonymisation.Anonymised;
import fi.digipolku.feedback.anonymisation.Anonymiser;
import fi.digipolku.feedback.anonymisation.Category;
import fi.digipolku.feedback.request.FeedbackRequest;
import fi.digipolku.feedback.request.FeedbackRequestRepository;
import fi.digipolku.feedback.request.RequestStatus;
import fi.digipolku.feedback.survey.Survey;
import fi.digipolku.feedback.survey.SurveyService;
import fi.digipolku.support.http.Idempotency.Outcome;
import fi.digipolku.support.idempotency.IdempotencyRules;
import fi.digipolku.support.idempotency.IdempotentWrites;
import fi.digipolku.support.idempotency.IdempotentWrites.Attempt;
import fi.digipolku.support.idempotency.IdempotentWrites.Made;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.problem.FieldError;
import fi.digipolku.support.problem.ProblemException;

/**
 * Takes a client's answer to their request once. The open text is anonymised in memory before anything is written;
 * the answer goes to the {@link ResponsePool}, which stores it later with others of its pathway, with a new random id
 * and no trace of the request or the person.
 *
 * <p>
 * A retry with the same Idempotency-Key ({@link IdempotentWrites}) is told that the answer was taken, and nothing is
 * stored again. The key is remembered with what the request row already says (the client and the request) and the hash
 * of the operation only, never of the answer: a hash of the answer beside the client would let anyone who guesses an
 * answer (an NPS of 9 and no text, say) confirm it. So a retry cannot be compared with the first try, and any answer
 * sent again with the key replays. The time the key was stored tells only when the request was answered, which points
 * at no stored response: the pool stores a pathway's answers all together, in random order, with the day of storing.
 */
@ApplicationScoped
public class ResponseService {

    private final FeedbackRequestRepository requests;
    private final SurveyService surveys;
    private final ResponsePool pool;
    private final FeedbackConfig config;
    private final Clock clock;
    private final Anonymiser anonymiser;
    private final IdempotentWrites writes;

    public ResponseService(FeedbackRequestRepository requests, SurveyService surveys, ResponsePool pool,
            FeedbackConfig config, Clock clock, Anonymiser anonymiser, IdempotentWrites writes) {
        this.anonymiser = anonymiser;
        this.writes = writes;
        this.requests = requests;
        this.surveys = surveys;
        this.pool = pool;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Takes the answer, or tells a retry with the same key that it was taken.
     *
     * @param idempotencyKey the client's Idempotency-Key, or null
     * @param identityCode the identity code in the caller's token, read for the age group only; may be null
     * @return the request answered, replayed when an earlier try with the key answered it
     */
    @Transactional
    public Outcome<UUID> answer(UUID requestId, AnswerRequest answer, String idempotencyKey, String identityCode,
            Caller caller) {
        FeedbackRequest request = requests.findById(requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || !request.clientSubject.equals(caller.subject())) {
            throw ProblemException.notFound("response.request-not-found", requestId);
        }
        // the operation only: nothing of the answer is kept, not even hashed
        Attempt attempt = new Attempt(caller.actor(), idempotencyKey,
                IdempotencyRules.hash("POST /api/v1/feedback/requests/" + requestId + "/response", null));
        return writes.once(attempt, resource -> answeredEarlier(request, resource), () -> {
            take(request, answer, identityCode);
            return new Made<>(request.id.toString(), request.id);
        });
    }

    /** The request again when an earlier try answered it. */
    private static Optional<UUID> answeredEarlier(FeedbackRequest request, String resource) {
        return request.status == RequestStatus.ANSWERED && request.id.toString().equals(resource)
                ? Optional.of(request.id)
                : Optional.empty();
    }

    private void take(FeedbackRequest request, AnswerRequest answer, String identityCode) {
        Instant now = clock.instant();
        if (request.status == RequestStatus.ANSWERED) {
            throw ProblemException.conflict("response.already-answered");
        }
        if (request.status == RequestStatus.EXPIRED || !request.expiresAt.isAfter(now)) {
            throw ProblemException.conflict("response.request-expired");
        }
        Survey survey = surveys.version(request.surveyKey, request.surveyVersion)
                .orElseThrow(() -> new IllegalStateException("survey version of a request is missing"));
        List<FieldError> errors = AnswerRules.check(survey.content, answer, config.maxOpenAnswerLength());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("response.answers-invalid", errors);
        }
        Anonymised open = answer.openAnswer() == null || answer.openAnswer().isBlank()
                ? null
                : anonymiser.anonymise(answer.openAnswer().strip());

        PooledResponse pooled = new PooledResponse();
        pooled.surveyKey = request.surveyKey;
        pooled.surveyVersion = request.surveyVersion;
        pooled.definitionId = request.definitionId;
        pooled.definitionVersion = request.definitionVersion;
        pooled.careTeam = request.careTeam;
        Map<String, Integer> removed = null;
        if (open != null) {
            removed = new TreeMap<>();
            for (Map.Entry<Category, Integer> entry : open.removed().entrySet()) {
                removed.put(entry.getKey().name(), entry.getValue());
            }
        }
        pool.add(pooled, new PoolContent(answer.nps(), answer.ces(), new TreeMap<>(answer.statementsOrEmpty()),
                AgeGroup.of(identityCode, LocalDate.ofInstant(now, config.zone())),
                open == null ? null : open.text(), removed));
        request.status = RequestStatus.ANSWERED;
        requests.flush();
    }
}
