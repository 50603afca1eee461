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
import fi.digipolku.support.http.Page;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.identity.Role;
import fi.digipolku.support.outbox.Outbox;
import fi.digipolku.support.problem.FieldError;
import fi.digipolku.support.problem.ProblemException;

/** Creates, edits, publishes and retires pathway definitions; publishing records {@code definition.published}. */
@ApplicationScoped
public class DefinitionService {

    private final DefinitionRepository definitions;
    private final Outbox outbox;
    private final Clock clock;

    public DefinitionService(DefinitionRepository definitions, Outbox outbox, Clock clock) {
        this.definitions = definitions;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public DefinitionView create(DefinitionContent content) {
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

    @Transactional
    public DefinitionView update(UUID id, long etag, DefinitionContent content) {
        PathwayDefinition definition = current(id, etag);
        if (definition.status == DefinitionStatus.RETIRED) {
            throw ProblemException.conflict("definition.retired-not-editable");
        }
        definition.draft = content;
        definition.careTeam = content.careTeam();
        definition.updatedAt = clock.instant();
        definitions.flush();
        return view(definition, true);
    }

    @Transactional
    public DefinitionView publish(UUID id, Long etag, Caller admin) {
        PathwayDefinition definition = etag == null ? existing(id) : current(id, etag);
        if (definition.status == DefinitionStatus.RETIRED) {
            throw ProblemException.conflict("definition.retired-not-publishable");
        }
        List<FieldError> errors = DefinitionRules.publishErrors(definition.draft);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("definition.draft-invalid", errors, errors.size());
        }
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

    @Transactional
    public DefinitionView retire(UUID id, Long etag) {
        PathwayDefinition definition = etag == null ? existing(id) : current(id, etag);
        if (definition.status != DefinitionStatus.PUBLISHED) {
            throw ProblemException.conflict("definition.retire-not-published", definition.status);
        }
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

    private PathwayDefinition current(UUID id, long etag) {
        PathwayDefinition definition = existing(id);
        if (definition.rowVersion != etag) {
            throw ProblemException.preconditionFailed("definition.changed", Long.toString(definition.rowVersion));
        }
        return definition;
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
