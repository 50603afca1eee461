package fi.digipolku.pathway.progress;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import fi.digipolku.events.EventType;
import fi.digipolku.events.PathwayEvents;
import fi.digipolku.events.PathwayEvents.ContentViewed;
import fi.digipolku.events.PathwayEvents.DiaryEntryAdded;
import fi.digipolku.events.PathwayEvents.FlagRaised;
import fi.digipolku.events.PathwayEvents.MeasurementRecorded;
import fi.digipolku.events.PathwayEvents.QuestionnaireSubmitted;
import fi.digipolku.events.PathwayEvents.RecordReviewed;
import fi.digipolku.events.PathwayEvents.TaskCompleted;
import fi.digipolku.pathway.PathwayConfig;
import fi.digipolku.pathway.content.ContentModule;
import fi.digipolku.pathway.content.DiarySpec;
import fi.digipolku.pathway.content.MeasurementCheck;
import fi.digipolku.pathway.content.MeasurementSchedule;
import fi.digipolku.pathway.content.ModuleType;
import fi.digipolku.pathway.content.QuestionnairePurpose;
import fi.digipolku.pathway.content.QuestionnaireScoring;
import fi.digipolku.pathway.definition.DefinitionContent;
import fi.digipolku.pathway.enrollment.Enrollment;
import fi.digipolku.pathway.enrollment.EnrollmentRepository;
import fi.digipolku.pathway.enrollment.EnrollmentRules;
import fi.digipolku.pathway.enrollment.EnrollmentService;
import fi.digipolku.pathway.enrollment.EnrollmentStatus;
import fi.digipolku.pathway.identity.ClientIdentityService;
import fi.digipolku.pathway.webhook.WebhookService;
import fi.digipolku.support.accesslog.AccessLog;
import fi.digipolku.support.http.Idempotency.Outcome;
import fi.digipolku.support.http.Page;
import fi.digipolku.support.idempotency.IdempotencyRules;
import fi.digipolku.support.idempotency.IdempotentWrites;
import fi.digipolku.support.idempotency.IdempotentWrites.Attempt;
import fi.digipolku.support.idempotency.IdempotentWrites.Made;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.outbox.Outbox;
import fi.digipolku.support.problem.FieldError;
import fi.digipolku.support.problem.ProblemException;

/**
 * Records what a client does on an enrollment: validated against the enrollment's own definition version, scored and
 * range-checked on the server, flagged for the team when a measurement is beyond its alert range.
 */
@ApplicationScoped
public class ProgressService {

    /** The event a record publishes once it is stored. */
    private record Pending<T extends Record>(EventType<T> type, T data) {

        void publish(Outbox outbox, String aggregateId) {
            outbox.publish(type, aggregateId, data);
        }
    }

    private final EnrollmentRepository enrollments;
    private final ProgressRecordRepository records;
    private final FlagRepository flags;
    private final EnrollmentService enrollmentService;
    private final Outbox outbox;
    private final AccessLog accessLog;
    private final PathwayConfig config;
    private final ClientIdentityService identities;
    private final WebhookService webhooks;
    private final IdempotentWrites writes;
    private final Clock clock;

    public ProgressService(EnrollmentRepository enrollments, ProgressRecordRepository records, FlagRepository flags,
            EnrollmentService enrollmentService, Outbox outbox, AccessLog accessLog, PathwayConfig config,
            ClientIdentityService identities, WebhookService webhooks, IdempotentWrites writes, Clock clock) {
        this.enrollments = enrollments;
        this.records = records;
        this.flags = flags;
        this.enrollmentService = enrollmentService;
        this.outbox = outbox;
        this.accessLog = accessLog;
        this.config = config;
        this.identities = identities;
        this.webhooks = webhooks;
        this.writes = writes;
        this.clock = clock;
    }

    @Transactional
    public Outcome<RecordView> record(UUID enrollmentId, String moduleKey, RecordRequest request, String idempotencyKey,
            Caller caller) {
        Enrollment enrollment = visible(enrollmentId, caller);
        if (!caller.subject().equals(enrollment.clientSubject)) {
            throw ProblemException.forbidden("record.client-only");
        }
        String author = caller.actor();
        RecordRequest body = request == null ? new RecordRequest(null, null, null, null, null) : request;
        List<FieldError> textErrors = RecordRules.controlCharacters(body);
        if (!textErrors.isEmpty()) {
            throw ProblemException.invalid("record.invalid", textErrors);
        }
        var attempt = new Attempt(author, idempotencyKey, IdempotencyRules.hash(
                "POST /api/v1/enrollments/" + enrollmentId + "/modules/" + moduleKey + "/records", body));
        // the same enrollment and module, as the hash says; a key carried over by V15 has no hash to say it
        return writes.once(attempt,
                id -> records.findByIdOptional(UUID.fromString(id))
                        .filter(r -> r.enrollmentId.equals(enrollmentId) && r.moduleKey.equals(moduleKey))
                        .map(RecordView::of),
                () -> {
                    RecordView stored = store(enrollment, moduleKey, body, author);
                    return new Made<>(stored.id().toString(), stored);
                });
    }

    /** Checks and stores a new record, publishes its event, and completes the enrollment when it is done. */
    private RecordView store(Enrollment enrollment, String moduleKey, RecordRequest body, String author) {
        if (enrollment.status != EnrollmentStatus.ACTIVE) {
            throw ProblemException.conflict("record.enrollment-ended", enrollment.status);
        }
        DefinitionContent content = enrollmentService.contentOf(enrollment);
        ContentModule module = content.modules().stream().filter(m -> m.key().equals(moduleKey)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("record.module-not-found", moduleKey));

        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = LocalDate.ofInstant(now, config.zone());
        if (module.type() == ModuleType.MEASUREMENT) {
            RecordRules.measuredAt(body.measuredAt(), now, enrollment.startedOn, config.zone()).ifPresent(error -> {
                throw ProblemException.invalid("measurement.invalid", List.of(error));
            });
        }
        if (module.type() != ModuleType.REMINDER) {
            LocalDate day = module.type() == ModuleType.MEASUREMENT && body.measuredAt() != null
                    ? LocalDate.ofInstant(body.measuredAt(), config.zone())
                    : today;
            ModuleOpening.notOpenBefore(module, enrollment.startedOn, day).ifPresent(opensOn -> {
                throw new ModuleNotOpenException(module.key(), opensOn, config.zone());
            });
        }
        ProgressRecord record = new ProgressRecord();
        record.id = UUID.randomUUID();
        record.enrollmentId = enrollment.id;
        record.moduleKey = module.key();
        record.moduleType = module.type();
        record.recordedAt = now;
        record.recordedOn = today;
        record.author = author;
        UUID definitionId = enrollment.definitionId;
        String team = enrollment.careTeam;
        String clientId = enrollment.clientSubject;
        Pending<?> event = switch (module.type()) {
            case INFO, INSTRUCTION -> {
                record.payload = RecordPayload.none();
                yield new Pending<>(PathwayEvents.CONTENT_VIEWED, new ContentViewed(enrollment.id, definitionId, team,
                        clientId, module.key(), record.id));
            }
            case TASK -> {
                record.payload = RecordPayload.none();
                yield new Pending<>(PathwayEvents.TASK_COMPLETED, new TaskCompleted(enrollment.id, definitionId, team,
                        clientId, module.key(), record.id));
            }
            case REMINDER -> throw ProblemException.invalid("moduleKey", "record.reminder-not-recorded");
            case QUESTIONNAIRE, RISK_TEST -> {
                QuestionnaireScoring.Result result = QuestionnaireScoring.score(module.questionnaire(),
                        body.answers());
                if (!result.valid()) {
                    throw ProblemException.invalid("questionnaire.answers-invalid", result.errors());
                }
                record.payload = RecordPayload.answers(body.answers());
                record.score = BigDecimal.valueOf(result.score());
                record.band = result.band();
                QuestionnairePurpose purpose = module.questionnaire().purpose();
                yield new Pending<>(PathwayEvents.QUESTIONNAIRE_SUBMITTED, new QuestionnaireSubmitted(enrollment.id,
                        definitionId, team, clientId, module.key(), record.id, result.score(), result.band(),
                        purpose == null ? null : purpose.name()));
            }
            case MEASUREMENT -> {
                if (body.values() == null || body.values().isEmpty()) {
                    throw ProblemException.invalid("values", "measurement.values-required");
                }
                MeasurementCheck.Result result = MeasurementCheck.check(module.measurement(), body.values(),
                        body.unit());
                if (!result.valid()) {
                    throw ProblemException.invalid("measurement.invalid", result.errors());
                }
                Instant measuredAt = body.measuredAt() == null ? now : body.measuredAt();
                record.recordedOn = LocalDate.ofInstant(measuredAt, config.zone());
                record.payload = RecordPayload.measurement(body.values(), module.measurement().effectiveUnit(),
                        module.measurement().effectiveLoinc(), measuredAt);
                record.outOfRange = result.outOfRange();
                yield new Pending<>(PathwayEvents.MEASUREMENT_RECORDED, new MeasurementRecorded(enrollment.id,
                        definitionId, team, clientId, module.key(), record.id, module.measurement().type().name(),
                        onSchedule(module, enrollment, content, record.recordedOn), result.outOfRange()));
            }
            case DIARY -> {
                if (body.text() == null || body.text().isBlank()) {
                    throw ProblemException.invalid("text", "record.diary-text-required");
                }
                record.payload = RecordPayload.diary(body.text());
                record.privateEntry = module.diary().visibility() == DiarySpec.DiaryVisibility.PRIVATE;
                yield new Pending<>(PathwayEvents.DIARY_ENTRY_ADDED, new DiaryEntryAdded(enrollment.id, definitionId,
                        team, clientId, module.key(), record.id, module.diary().visibility().name()));
            }
        };
        records.persist(record);
        event.publish(outbox, enrollment.id.toString());
        if (record.outOfRange) {
            raiseFlag(enrollment, record);
        }
        enrollmentService.completeIfDone(enrollment);
        // Last, because it locks the enrollment's row until the commit: records arriving together from the client's
        // devices wait for each other only that long. A plain update, not a versioned one, so they do not conflict
        // over the activity time. A private entry is nobody's business, not even when it was written: it leaves the
        // activity time the team sees alone.
        if (!record.privateEntry) {
            enrollments.touchActivity(enrollment.id, now);
        }
        return RecordView.of(record);
    }

    /** The records of an enrollment the caller may read ({@link RecordAccess}): private entries only their author's. */
    public Page<RecordView> list(UUID enrollmentId, String moduleKey, Caller caller, int page, int size) {
        Enrollment enrollment = visible(enrollmentId, caller);
        var query = records.readable(enrollmentId, RecordAccess.privateReader(caller), moduleKey);
        List<RecordView> items = query.page(page, size).list().stream()
                .filter(r -> RecordAccess.mayRead(caller, enrollment, r.privateEntry, r.author))
                .map(RecordView::of).toList();
        accessLog.record(caller, enrollment.clientSubject, "read", "enrollment/" + enrollmentId + "/records",
                "care-team follow-up");
        return new Page<>(items, page, size, query.count());
    }

    /** The client's timeline today, from the records of each module. */
    public Timeline.View timeline(UUID enrollmentId, Caller caller) {
        Enrollment enrollment = visible(enrollmentId, caller);
        DefinitionContent content = enrollmentService.contentOf(enrollment);
        accessLog.record(caller, enrollment.clientSubject, "read", "enrollment/" + enrollmentId + "/timeline",
                "care-team follow-up");
        return timeline(enrollment, content);
    }

    /** The timeline of an enrollment on today's date. */
    public Timeline.View timeline(Enrollment enrollment, DefinitionContent content) {
        return timeline(enrollment, content, records.recordedDays(enrollment.id));
    }

    /** The timeline of an enrollment on today's date, from the days its modules were recorded on. */
    public Timeline.View timeline(Enrollment enrollment, DefinitionContent content,
            List<ProgressRecordRepository.RecordedDay> recordedDays) {
        Map<String, List<LocalDate>> recorded = new java.util.HashMap<>();
        recordedDays.forEach(row -> recorded
                .computeIfAbsent(row.moduleKey(), k -> new java.util.ArrayList<>()).add(row.recordedOn()));
        LocalDate today = LocalDate.ofInstant(clock.instant(), config.zone());
        LocalDate until = today.isAfter(enrollment.endsOn) ? enrollment.endsOn : today;
        return Timeline.build(content.modules(), enrollment.startedOn, content.durationDays(), recorded, until,
                config.measurementGraceDays());
    }

    /** One page of the flags of an enrollment, open ones first, then newest first; {@code total} counts all. */
    public Page<FlagView> flags(UUID enrollmentId, Caller caller, int page, int size) {
        Enrollment enrollment = visible(enrollmentId, caller);
        accessLog.record(caller, enrollment.clientSubject, "read", "enrollment/" + enrollmentId + "/flags",
                "care-team follow-up");
        List<FlagView> items = flags.ofEnrollment(enrollmentId, page, size).stream().map(FlagView::of).toList();
        long total = flags.countOfEnrollment(enrollmentId);
        return new Page<>(items, page, size, total);
    }

    /** A professional of the following team acknowledges a flag; acknowledging twice changes nothing. */
    @Transactional
    public FlagView acknowledge(UUID enrollmentId, UUID flagId, Caller caller) {
        Enrollment enrollment = visible(enrollmentId, caller);
        if (caller.subject().equals(enrollment.clientSubject)) {
            throw ProblemException.forbidden("flag.team-only");
        }
        Flag flag = flags.findById(flagId, LockModeType.PESSIMISTIC_WRITE); // one acknowledgement, the first
        if (flag == null || !flag.enrollmentId.equals(enrollmentId)) {
            throw ProblemException.notFound("flag.not-found", flagId);
        }
        if (flag.acknowledgedAt == null) {
            flag.acknowledgedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            flag.acknowledgedBy = caller.subject();
            accessLog.record(caller, enrollment.clientSubject, "update", "flag/" + flagId, "flag acknowledged");
        }
        return FlagView.of(flag);
    }

    /**
     * A professional of the following team reviews a measurement or questionnaire answers, which releases it to the
     * patient record: integrators may fetch it and their webhooks are notified (when the client's identity code is
     * known, without which the record cannot be matched to a patient).
     */
    @Transactional
    public RecordView review(UUID enrollmentId, UUID recordId, Caller caller) {
        Enrollment enrollment = visible(enrollmentId, caller);
        ProgressRecord record = records.findById(recordId, LockModeType.PESSIMISTIC_WRITE); // reviewed once
        if (record == null || !record.enrollmentId.equals(enrollmentId)
                || !RecordAccess.mayRead(caller, enrollment, record.privateEntry, record.author)) {
            throw ProblemException.notFound("record.not-found", recordId);
        }
        switch (ReviewRules.mayReview(caller, enrollment, record.moduleType, record.privateEntry, record.reviewedAt)) {
            case NOT_VISIBLE -> throw ProblemException.forbidden("record.review-forbidden");
            case NOT_REVIEWABLE -> throw ProblemException.conflict("record.not-reviewable");
            case ALREADY_REVIEWED -> throw ProblemException.conflict("record.already-reviewed", record.reviewedAt);
            case ALLOWED -> {
            }
        }
        markReviewed(enrollment, record, caller, clock.instant().truncatedTo(ChronoUnit.MICROS));
        return RecordView.of(record);
    }

    /**
     * Reviews, in one go, every measurement and questionnaire answer of the enrollment recorded up to a moment (now
     * when none is given) that is not reviewed yet; private diary entries and other records are left alone.
     *
     * @return how many records were reviewed now
     */
    @Transactional
    public int reviewUpTo(UUID enrollmentId, Instant upTo, Caller caller) {
        Enrollment enrollment = visible(enrollmentId, caller);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant until = upTo == null || upTo.isAfter(now) ? now : upTo;
        if (until.isBefore(enrollment.startedOn.atStartOfDay(config.zone()).toInstant())) {
            return 0;
        }
        List<ProgressRecord> pending = records.unreviewedUpTo(enrollmentId, until);
        int reviewed = 0;
        for (ProgressRecord record : pending) {
            var verdict = ReviewRules.mayReview(caller, enrollment, record.moduleType, record.privateEntry,
                    record.reviewedAt);
            if (verdict == ReviewRules.Verdict.NOT_VISIBLE) {
                throw ProblemException.forbidden("record.review-forbidden");
            }
            if (verdict == ReviewRules.Verdict.ALLOWED) {
                markReviewed(enrollment, record, caller, now);
                reviewed++;
            }
        }
        return reviewed;
    }

    private void markReviewed(Enrollment enrollment, ProgressRecord record, Caller caller, Instant at) {
        record.reviewedAt = at;
        record.reviewedBy = caller.subject();
        records.flush();
        accessLog.record(caller, enrollment.clientSubject, "review", "enrollment/" + enrollment.id + "/records/"
                + record.id, "reviewed for the patient record");
        outbox.publish(PathwayEvents.RECORD_REVIEWED, enrollment.id.toString(), new RecordReviewed(enrollment.id,
                enrollment.definitionId, enrollment.careTeam, enrollment.clientSubject, record.moduleKey, record.id));
        if (identities.identityCode(enrollment.clientSubject).isPresent()) {
            webhooks.enqueue(record.moduleType == ModuleType.MEASUREMENT ? "Observation" : "QuestionnaireResponse",
                    record.id.toString(), "1");
        }
    }

    private void raiseFlag(Enrollment enrollment, ProgressRecord record) {
        Flag flag = new Flag();
        flag.id = UUID.randomUUID();
        flag.enrollmentId = enrollment.id;
        flag.recordId = record.id;
        flag.moduleKey = record.moduleKey;
        flag.reason = "measurement-out-of-range";
        flag.raisedAt = record.recordedAt;
        flags.persist(flag);
        outbox.publish(PathwayEvents.FLAG_RAISED, enrollment.id.toString(), new FlagRaised(flag.id, enrollment.id,
                enrollment.careTeam, flag.moduleKey, flag.reason));
    }

    private boolean onSchedule(ContentModule module, Enrollment enrollment, DefinitionContent content,
            LocalDate recordedOn) {
        int grace = config.measurementGraceDays();
        return MeasurementSchedule.dueDates(module.measurement().schedule(), enrollment.startedOn,
                content.durationDays()).stream()
                .anyMatch(due -> !recordedOn.isBefore(due) && !recordedOn.isAfter(due.plusDays(grace)));
    }

    private Enrollment visible(UUID id, Caller caller) {
        return enrollments.findByIdOptional(id).filter(e -> EnrollmentRules.maySee(caller, e))
                .orElseThrow(() -> ProblemException.notFound("enrollment.not-found", id));
    }
}
