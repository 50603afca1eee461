package fi.digipolku.pathway.definition;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

import fi.digipolku.events.PathwayEvents;
import fi.digipolku.events.PathwayEvents.DefinitionPublished;
import fi.digipolku.events.PathwayEvents.DefinitionRetired;
import fi.digipolku.pathway.content.ModuleType;
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
import fi.digipolku.support.problem.FieldError;
import fi.digipolku.support.problem.ProblemException;

/**
 * Creates, edits, publishes and retires pathway definitions; publishing records {@code definition.published}. Every
 * change of a definition names the version the admin read ({@code If-Match}): a change made by someone else in between
 * is never overwritten. The version is checked after every other reason to refuse the change (as HTTP evaluates
 * preconditions), so a 404, 409 or 400 says what is wrong whatever version the admin sent.
 */
@ApplicationScoped
public class DefinitionService {

    /** The operation an Idempotency-Key of a create is hashed with. */
    private static final String CREATE = "POST /api/v1/pathway-definitions";

    private final DefinitionRepository definitions;
    private final Outbox outbox;
    private final IdempotentWrites writes;
    private final Clock clock;

    public DefinitionService(DefinitionRepository definitions, Outbox outbox, IdempotentWrites writes, Clock clock) {
        this.definitions = definitions;
        this.outbox = outbox;
        this.writes = writes;
        this.clock = clock;
    }

    /**
     * Creates a draft, or answers what an earlier try with the same Idempotency-Key by the same person made
     * ({@link IdempotentWrites}): the definition as it is now.
     *
     * @param owner whose Idempotency-Key it is: the person at the keyboard
     */
    @Transactional
    public Outcome<DefinitionView> create(DefinitionContent content, String owner, String idempotencyKey) {
        var attempt = new Attempt(owner, idempotencyKey, IdempotencyRules.hash(CREATE, content));
        return writes.once(attempt, id -> definitions.findByIdOptional(UUID.fromString(id)).map(d -> view(d, true)),
                () -> {
                    DefinitionView created = createNew(content);
                    return new Made<>(created.id().toString(), created);
                });
    }

    private DefinitionView createNew(DefinitionContent content) {
        PathwayDefinition definition = new PathwayDefinition();
        definition.id = UUID.randomUUID();
        definition.status = DefinitionStatus.DRAFT;
        definition.careTeam = content.careTeam();
        definition.draft = content;
        definition.createdAt = clock.instant();
        definition.updatedAt = definition.createdAt;
        definitions.persistAndFlush(definition);
        return view(definition, true);
    }

    /** Replaces the draft; {@code etag} is the version the admin read (412 when it is no longer the current one). */
    @Transactional
    public DefinitionView update(UUID id, long etag, DefinitionContent content) {
        PathwayDefinition definition = existing(id);
        if (definition.status == DefinitionStatus.RETIRED) {
            throw ProblemException.conflict("definition.retired-not-editable");
        }
        ETags.check(etag, definition.rowVersion);
        definition.draft = content;
        definition.careTeam = content.careTeam();
        definition.updatedAt = clock.instant();
        definitions.flush();
        return view(definition, true);
    }

    /** Publishes the draft the admin read ({@code etag}) as a new immutable version. */
    @Transactional
    public DefinitionView publish(UUID id, long etag, Caller admin) {
        PathwayDefinition definition = existing(id);
        if (definition.status == DefinitionStatus.RETIRED) {
            throw ProblemException.conflict("definition.retired-not-publishable");
        }
        List<FieldError> errors = DefinitionRules.publishErrors(definition.draft);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("definition.draft-invalid", errors, errors.size());
        }
        ETags.check(etag, definition.rowVersion);
        DefinitionVersion version = new DefinitionVersion();
        version.definitionId = definition.id;
        version.version = definition.latestVersion + 1;
        version.content = definition.draft;
        version.publishedAt = clock.instant();
        version.publishedBy = admin.subject();
        definitions.persistVersion(version);
        definition.latestVersion = version.version;
        definition.status = DefinitionStatus.PUBLISHED;
        definition.updatedAt = version.publishedAt;
        definitions.flush();
        outbox.publish(PathwayEvents.DEFINITION_PUBLISHED, definition.id.toString(), publishedEvent(version));
        return view(definition, true);
    }

    /** Retires the definition as the admin read it ({@code etag}): no new enrollments. */
    @Transactional
    public DefinitionView retire(UUID id, long etag) {
        PathwayDefinition definition = existing(id);
        if (definition.status != DefinitionStatus.PUBLISHED) {
            throw ProblemException.conflict("definition.retire-not-published", definition.status);
        }
        ETags.check(etag, definition.rowVersion);
        definition.status = DefinitionStatus.RETIRED;
        definition.updatedAt = clock.instant();
        definitions.flush();
        outbox.publish(PathwayEvents.DEFINITION_RETIRED, definition.id.toString(),
                new DefinitionRetired(definition.id, definition.latestVersion));
        return view(definition, true);
    }

    public DefinitionView get(UUID id, Caller caller) {
        PathwayDefinition definition = existing(id);
        boolean admin = caller.hasRole(Role.ADMIN);
        if (!admin && definition.latestVersion == 0) {
            throw notFound(id);
        }
        return view(definition, admin);
    }

    public Page<DefinitionView> list(int page, int size, Caller caller) {
        boolean admin = caller.hasRole(Role.ADMIN);
        var query = admin
                ? definitions.findAll(Sort.by("createdAt").and("id"))
                : definitions.find("latestVersion > 0", Sort.by("createdAt").and("id"));
        List<PathwayDefinition> items = query.page(page, size).list();
        return new Page<>(items.stream().map(d -> view(d, admin)).toList(), page, size, query.count());
    }

    private PathwayDefinition existing(UUID id) {
        return definitions.findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("definition.not-found", id);
    }

    private DefinitionView view(PathwayDefinition definition, boolean withDraft) {
        DefinitionContent published = definition.latestVersion == 0
                ? null
                : definitions.version(definition.id, definition.latestVersion).map(v -> v.content).orElse(null);
        return new DefinitionView(definition.id, definition.status, definition.latestVersion, published,
                withDraft ? definition.draft : null, definition.createdAt, definition.updatedAt,
                definition.rowVersion);
    }

    private static DefinitionPublished publishedEvent(DefinitionVersion version) {
        DefinitionContent content = version.content;
        ServiceEvent serviceEvent = content.serviceEvent();
        return new DefinitionPublished(version.definitionId, version.version, content.name().get("fi"),
                content.kind().name(), content.targetGroup().name(), content.carePhase().name(),
                content.durationDays(), content.careTeam(), content.messagingEnabled(),
                content.feedbackTiming() == null ? null : content.feedbackTiming().name(),
                serviceEvent == null
                        ? null
                        : new PathwayEvents.ServiceEvent(serviceEvent.placeOfService(), serviceEvent.costCentre(),
                                serviceEvent.auraServiceClass(), serviceEvent.contactType()),
                (int) content.modules().stream().filter(m -> m.type() == ModuleType.MEASUREMENT).count(),
                (int) content.modules().stream()
                        .filter(m -> m.type() == ModuleType.QUESTIONNAIRE || m.type() == ModuleType.RISK_TEST).count(),
                version.publishedAt);
    }
}
