package fi.digipolku.pathway.enrollment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import fi.digipolku.events.EventType;
import fi.digipolku.events.PathwayEvents;
import fi.digipolku.events.PathwayEvents.EnrollmentEnded;
import fi.digipolku.events.PathwayEvents.EnrollmentStarted;
import fi.digipolku.events.PathwayEvents.EnrollmentUpgraded;
import fi.digipolku.pathway.PathwayConfig;
import fi.digipolku.pathway.content.ContentModule;
import fi.digipolku.pathway.definition.DefinitionContent;
import fi.digipolku.pathway.definition.DefinitionRepository;
import fi.digipolku.pathway.definition.DefinitionRules;
import fi.digipolku.pathway.definition.DefinitionVersion;
import fi.digipolku.pathway.definition.PathwayDefinition;
import fi.digipolku.pathway.definition.PathwayKind;
import fi.digipolku.pathway.enrollment.EnrollmentRules.Ending;
import fi.digipolku.pathway.enrollment.EnrollmentRules.Verdict;
import fi.digipolku.pathway.progress.ModuleOpening;
import fi.digipolku.support.accesslog.AccessLog;
import fi.digipolku.support.http.ETags;
import fi.digipolku.support.http.Idempotency.Outcome;
import fi.digipolku.support.http.Page;
import fi.digipolku.support.idempotency.IdempotencyRules;
import fi.digipolku.support.idempotency.IdempotentWrites;
import fi.digipolku.support.idempotency.IdempotentWrites.Attempt;
import fi.digipolku.support.idempotency.IdempotentWrites.Made;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.identity.Role;
import fi.digipolku.support.outbox.Outbox;
import fi.digipolku.support.problem.ProblemException;

/**
 * Starts, shows and ends enrollments; every change records its event in the outbox. A person's change of an enrollment
 * names the version they read ({@code If-Match}, {@link ETags}), checked after every other reason to refuse it: a change
 * made by someone else in between (the client's records included) is never overwritten unseen.
 */
@ApplicationScoped
public class EnrollmentService {

    /** The operation an Idempotency-Key of a start is hashed with. */
    private static final String START = "POST /api/v1/enrollments";

    private final EnrollmentRepository enrollments;
    private final DefinitionRepository definitions;
    private final Outbox outbox;
    private final AccessLog accessLog;
    private final PathwayConfig config;
    private final IdempotentWrites writes;
    private final Clock clock;

    public EnrollmentService(EnrollmentRepository enrollments, DefinitionRepository definitions, Outbox outbox,
            AccessLog accessLog, PathwayConfig config, IdempotentWrites writes, Clock clock) {
        this.enrollments = enrollments;
        this.definitions = definitions;
        this.outbox = outbox;
        this.accessLog = accessLog;
        this.config = config;
        this.writes = writes;
        this.clock = clock;
    }

    /**
     * Starts an enrollment, or answers what an earlier try with the same Idempotency-Key by the same person started
     * ({@link IdempotentWrites}). The key's request is the pathway and the client it is for: a professional's retry for
     * the same client is replayed, the key used for another pathway or client is refused. A retry is answered before
     * the checks of the pathway, the caller's right and active enrollments, so a start that succeeded is never refused
     * as "already active".
     */
    @Transactional
    public Outcome<EnrollmentView> start(StartRequest request, String idempotencyKey, Caller caller) {
        String client = request.clientSubject() != null
                ? request.clientSubject()
                : caller.hasRole(Role.CLIENT) ? caller.subject() : null;
        if (client == null) {
            throw ProblemException.invalid("clientSubject", "enrollment.client-subject-required");
        }
        var attempt = new Attempt(caller.actor(), idempotencyKey,
                IdempotencyRules.hash(START, new StartRequest(request.definitionId(), client)));
        // the same pathway and client, as the hash says; a key carried over by V15 has no hash to say it
        return writes.once(attempt,
                id -> enrollments.findByIdOptional(UUID.fromString(id))
                        .filter(e -> e.definitionId.equals(request.definitionId()) && e.clientSubject.equals(client))
                        .map(EnrollmentView::of),
                () -> {
                    Enrollment started = startNew(request.definitionId(), client, caller);
                    return new Made<>(started.id.toString(), EnrollmentView.of(started));
                });
    }

    private Enrollment startNew(UUID definitionId, String client, Caller caller) {
        PathwayDefinition definition = definitions.findByIdOptional(definitionId)
                .filter(d -> d.latestVersion > 0)
                .orElseThrow(() -> ProblemException.notFound("enrollment.pathway-not-published", definitionId));
        DefinitionVersion version = definitions.version(definition.id, definition.latestVersion).orElseThrow();
        Verdict verdict = EnrollmentRules.mayStart(caller, version.content.kind(), version.content.careTeam(),
                client);
        if (verdict != Verdict.ALLOWED) {
            throw ProblemException.forbidden(switch (version.content.kind()) {
                case SELF_CARE -> "enrollment.self-care-started-by-client";
                case PROFESSIONAL -> "enrollment.professional-started-by-team";
            });
        }
        if (!DefinitionRules.acceptsEnrollments(definition.status)) {
            throw ProblemException.conflict("enrollment.pathway-closed", definition.status);
        }
        if (enrollments.activeExists(client, definition.id)) {
            throw ProblemException.conflict("enrollment.already-active");
        }
        Instant now = clock.instant();
        Enrollment enrollment = new Enrollment();
        enrollment.id = UUID.randomUUID();
        enrollment.definitionId = definition.id;
        enrollment.definitionVersion = version.version;
        enrollment.clientSubject = client;
        enrollment.kind = version.content.kind();
        enrollment.careTeam = version.content.careTeam();
        enrollment.followedByTeam = enrollment.kind == PathwayKind.PROFESSIONAL;
        enrollment.messagingEnabled = version.content.messagingEnabled();
        enrollment.feedbackTiming = version.content.feedbackTiming();
        enrollment.status = EnrollmentStatus.ACTIVE;
        enrollment.startedOn = today();
        enrollment.endsOn = EnrollmentRules.endsOn(enrollment.startedOn, version.content.durationDays());
        enrollment.startedAt = now;
        enrollment.startedBy = caller.subject();
        enrollment.lastActivityAt = now;
        enrollments.persistAndFlush(enrollment);
        accessLog.record(caller, client, "create", "enrollment/" + enrollment.id, "opened a pathway for the client");
        outbox.publish(PathwayEvents.ENROLLMENT_STARTED, enrollment.id.toString(), new EnrollmentStarted(
                enrollment.id, enrollment.definitionId, enrollment.definitionVersion, enrollment.clientSubject,
                enrollment.kind.name(), enrollment.careTeam, enrollment.followedByTeam, enrollment.messagingEnabled,
                feedbackTiming(enrollment), caller.hasRole(Role.PROFESSIONAL) ? Role.PROFESSIONAL : Role.CLIENT,
                enrollment.startedOn, enrollment.endsOn));
        return enrollment;
    }

    public EnrollmentView get(UUID id, Caller caller) {
        Enrollment enrollment = visible(id, caller);
        accessLog.record(caller, enrollment.clientSubject, "read", "enrollment/" + id, "care-team follow-up");
        return EnrollmentView.of(enrollment);
    }

    public Page<EnrollmentView> list(Caller caller, boolean ended, int page, int size) {
        PanacheQuery<Enrollment> query;
        if (caller.hasRole(Role.CLIENT)) {
            query = enrollments.ofClient(caller.subject(), ended);
        } else {
            List<String> teams = new ArrayList<>(caller.teams());
            if (teams.isEmpty()) {
                return new Page<>(List.of(), page, size, 0);
            }
            query = enrollments.followedByTeams(teams, ended);
        }
        List<EnrollmentView> items = query.page(page, size).list().stream().map(EnrollmentView::of).toList();
        for (EnrollmentView item : items) {
            accessLog.record(caller, item.clientSubject(), "read", "enrollment/" + item.id(), "care-team follow-up");
        }
        return new Page<>(items, page, size, query.count());
    }

    /** Completes or discontinues the enrollment as the caller read it ({@code etag}, 412 when it has changed). */
    @Transactional
    public EnrollmentView end(UUID id, Ending ending, String reason, long etag, Caller caller) {
        Enrollment enrollment = enrollments.findByIdOptional(id).orElseThrow(() -> notFound(id));
        boolean requiredDone = ending == Ending.COMPLETE && enrollment.status == EnrollmentStatus.ACTIVE
                && EnrollmentRules.maySee(caller, enrollment) && complete(enrollment);
        Verdict verdict = EnrollmentRules.mayEnd(caller, enrollment, ending, requiredDone, reason);
        switch (verdict) {
            case NOT_VISIBLE -> throw notFound(id);
            case FORBIDDEN -> throw ProblemException.forbidden(ending == Ending.COMPLETE
                    ? "enrollment.complete-forbidden"
                    : "enrollment.discontinue-forbidden");
            case REASON_REQUIRED -> throw ProblemException.invalid("reason", "enrollment.reason-required");
            case ILLEGAL_STATE -> throw ProblemException.conflict("enrollment.already-ended", enrollment.status);
            case ALLOWED -> {
            }
        }
        ETags.check(etag, enrollment.rowVersion);
        finish(enrollment, ending, caller.subject(), reason,
                caller.subject().equals(enrollment.clientSubject) ? Role.CLIENT : Role.PROFESSIONAL);
        accessLog.record(caller, enrollment.clientSubject, ending.name().toLowerCase(), "enrollment/" + id,
                "care-team decision");
        return EnrollmentView.of(enrollment);
    }

    /**
     * A professional of the pathway's team takes a client's active self-care enrollment under team follow-up, with
     * the client's consent, as they read it ({@code etag}).
     */
    @Transactional
    public EnrollmentView upgrade(UUID id, boolean clientConsents, long etag, Caller caller) {
        Enrollment enrollment = enrollments.findByIdOptional(id).orElseThrow(() -> notFound(id));
        if (!caller.hasRole(Role.PROFESSIONAL) || !caller.inTeam(enrollment.careTeam)) {
            throw notFound(id);
        }
        if (!clientConsents) {
            throw ProblemException.invalid("clientConsents", "enrollment.consent-required");
        }
        if (enrollment.status != EnrollmentStatus.ACTIVE || enrollment.followedByTeam) {
            throw ProblemException.conflict("enrollment.upgrade-not-possible");
        }
        ETags.check(etag, enrollment.rowVersion);
        enrollment.followedByTeam = true;
        enrollment.lastActivityAt = clock.instant();
        enrollments.flush();
        accessLog.record(caller, enrollment.clientSubject, "update", "enrollment/" + id,
                "taken under team follow-up with the client's consent");
        outbox.publish(PathwayEvents.ENROLLMENT_UPGRADED, enrollment.id.toString(), new EnrollmentUpgraded(
                enrollment.id, enrollment.definitionId, enrollment.definitionVersion, enrollment.clientSubject,
                enrollment.kind.name(), enrollment.careTeam, enrollment.followedByTeam, enrollment.messagingEnabled,
                feedbackTiming(enrollment)));
        return EnrollmentView.of(enrollment);
    }

    /** The following team switches one module on or off for this client, on the enrollment as read ({@code etag}). */
    @Transactional
    public EnrollmentView setModule(UUID id, String moduleKey, boolean enabled, long etag, Caller caller) {
        Enrollment enrollment = visible(id, caller);
        if (!caller.hasRole(Role.PROFESSIONAL) || caller.subject().equals(enrollment.clientSubject)) {
            throw ProblemException.forbidden("enrollment.personalise-forbidden");
        }
        if (enrollment.status != EnrollmentStatus.ACTIVE) {
            throw ProblemException.conflict("enrollment.not-active", enrollment.status);
        }
        DefinitionVersion version = definitions.version(enrollment.definitionId, enrollment.definitionVersion)
                .orElseThrow();
        if (version.content.modules().stream().noneMatch(m -> m.key().equals(moduleKey))) {
            throw ProblemException.notFound("enrollment.module-not-found", moduleKey);
        }
        ETags.check(etag, enrollment.rowVersion);
        List<String> disabled = new ArrayList<>(enrollment.disabledModules);
        disabled.remove(moduleKey);
        if (!enabled) {
            disabled.add(moduleKey);
        }
        enrollment.disabledModules = disabled;
        enrollments.flush();
        accessLog.record(caller, enrollment.clientSubject, "update", "enrollment/" + id + "/modules/" + moduleKey,
                "pathway personalised");
        return EnrollmentView.of(enrollment);
    }

    /** The content of the enrollment's own version, without the modules switched off for this client. */
    public DefinitionContent content(UUID id, Caller caller) {
        Enrollment enrollment = visible(id, caller);
        accessLog.record(caller, enrollment.clientSubject, "read", "enrollment/" + id + "/content",
                "care-team follow-up");
        return contentOf(enrollment);
    }

    /** The version's content as this enrollment has it (switched-off modules left out). */
    public DefinitionContent contentOf(Enrollment enrollment) {
        DefinitionContent content = versionContent(enrollment);
        if (enrollment.disabledModules.isEmpty()) {
            return content;
        }
        return new DefinitionContent(content.name(), content.description(), content.kind(), content.targetGroup(),
                content.carePhase(), content.durationDays(), content.careTeam(), content.messagingEnabled(),
                content.owningUnit(), content.responsiblePerson(), content.feedbackTiming(), content.serviceEvent(),
                content.modules().stream().filter(m -> !enrollment.disabledModules.contains(m.key())).toList());
    }

    /**
     * Completes an active enrollment when its required modules switched on for the client are all done and the latest
     * required module of its version has opened ({@link ModuleOpening#complete}); called after each of the client's records. Returns whether it completed.
     * Before it completes, it reads the enrollment again under lock: records that arrived at the same time have moved
     * its version (their activity time), another may have completed it, the team may have switched a module on.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean completeIfDone(Enrollment enrollment) {
        if (enrollment.status != EnrollmentStatus.ACTIVE || !complete(enrollment)) {
            return false;
        }
        enrollments.lockFresh(enrollment);
        if (enrollment.status != EnrollmentStatus.ACTIVE || !complete(enrollment)) {
            return false;
        }
        finish(enrollment, Ending.COMPLETE, enrollment.clientSubject, null, "system");
        return true;
    }

    /** The content of the enrollment's own version, switched-off modules included. */
    private DefinitionContent versionContent(Enrollment enrollment) {
        return definitions.content(enrollment.definitionId, enrollment.definitionVersion).orElseThrow();
    }

    /**
     * Whether every required module switched on for the client is done and the latest required module of the version,
     * switched-off ones included, has opened today.
     */
    private boolean complete(Enrollment enrollment) {
        List<ContentModule> modules = versionContent(enrollment).modules();
        LocalDate today = today();
        if (today.isBefore(ModuleOpening.completesOnOrAfter(modules, enrollment.startedOn))) {
            return false; // the common case, known without reading the records
        }
        List<String> required = ModuleOpening.required(modules).stream().map(ContentModule::key).toList();
        return ModuleOpening.complete(modules, enrollment.disabledModules, enrollment.startedOn,
                enrollments.doneModules(enrollment.id, required), today);
    }

    /** Ends, as EXPIRED, active enrollments whose timeline has passed; returns how many. */
    @Transactional
    public int expireDue(int limit) {
        List<Enrollment> due = enrollments.activeEndedBefore(today(), limit);
        for (Enrollment enrollment : due) {
            finish(enrollment, Ending.EXPIRE, "system", null, "system");
        }
        return due.size();
    }

    private void finish(Enrollment enrollment, Ending ending, String by, String reason, String byRole) {
        enrollment.status = EnrollmentRules.end(enrollment.status, ending);
        enrollment.endedAt = clock.instant();
        enrollment.endedBy = by;
        enrollment.endReason = reason;
        enrollment.lastActivityAt = enrollment.endedAt;
        enrollments.flush();
        EventType<EnrollmentEnded> type = switch (ending) {
            case COMPLETE -> PathwayEvents.ENROLLMENT_COMPLETED;
            case DISCONTINUE -> PathwayEvents.ENROLLMENT_DISCONTINUED;
            case EXPIRE -> PathwayEvents.ENROLLMENT_EXPIRED;
        };
        outbox.publish(type, enrollment.id.toString(), new EnrollmentEnded(enrollment.id, enrollment.definitionId,
                enrollment.definitionVersion, enrollment.clientSubject, enrollment.kind.name(), enrollment.careTeam,
                enrollment.followedByTeam, enrollment.messagingEnabled, feedbackTiming(enrollment), byRole,
                enrollment.startedOn, today()));
    }

    private Enrollment visible(UUID id, Caller caller) {
        return enrollments.findByIdOptional(id).filter(e -> EnrollmentRules.maySee(caller, e))
                .orElseThrow(() -> notFound(id));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), config.zone());
    }

    /** The feedback timing as events carry it: the enum's name, or null when the pathway asks for none. */
    private static String feedbackTiming(Enrollment enrollment) {
        return enrollment.feedbackTiming == null ? null : enrollment.feedbackTiming.name();
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("enrollment.not-found", id);
    }
}
