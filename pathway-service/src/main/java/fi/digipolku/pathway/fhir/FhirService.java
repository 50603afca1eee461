package fi.digipolku.pathway.fhir;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Resource;

import fi.digipolku.pathway.PathwayConfig;
import fi.digipolku.pathway.content.ContentModule;
import fi.digipolku.pathway.definition.DefinitionRepository;
import fi.digipolku.pathway.definition.DefinitionStatus;
import fi.digipolku.pathway.definition.DefinitionVersion;
import fi.digipolku.pathway.definition.PathwayDefinition;
import fi.digipolku.pathway.disclosure.Disclosures;
import fi.digipolku.pathway.enrollment.Enrollment;
import fi.digipolku.pathway.identity.ClientIdentities;
import fi.digipolku.pathway.identity.IdentityCipher;
import fi.digipolku.pathway.progress.ProgressRecord;
import fi.digipolku.pathway.progress.RecordPayload;
import fi.digipolku.pathway.progress.ReviewRules;
import fi.digipolku.support.accesslog.AccessLog;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.problem.ProblemException;

/**
 * What integrators may read through FHIR: reviewed measurements and answers, enrollments that a care team follows
 * (a self-care pathway nobody follows stays the client's own), published pathway versions and their questionnaires; client data only of clients whose identity code is known (else it cannot be matched to a
 * patient). Every release of client data is written to the disclosure log and the access log.
 */
@ApplicationScoped
public class FhirService {

    /** One page of a search: the resources and how many match in all. */
    public record Found(List<? extends Resource> resources, long total) {
    }

    private final EntityManager em;
    private final ClientIdentities identities;
    private final IdentityCipher cipher;
    private final DefinitionRepository definitions;
    private final Disclosures disclosures;
    private final AccessLog accessLog;
    private final FhirMapper mapper;
    /** When this instance started: the CapabilityStatement's date. */
    private final Instant started;

    public FhirService(EntityManager em, ClientIdentities identities, IdentityCipher cipher,
            DefinitionRepository definitions, Disclosures disclosures, AccessLog accessLog, PathwayConfig config,
            Clock clock) {
        this.em = em;
        this.identities = identities;
        this.cipher = cipher;
        this.definitions = definitions;
        this.disclosures = disclosures;
        this.accessLog = accessLog;
        this.mapper = new FhirMapper(config.fhirBaseUrl(), config.zone());
        this.started = clock.instant();
    }

    public FhirMapper mapper() {
        return mapper;
    }

    public CapabilityStatement metadata() {
        return mapper.capabilityStatement(started);
    }

    public Found searchRecords(String type, FhirSearch search, Caller caller, String integrator) {
        boolean observation = type.equals("Observation");
        StringBuilder where = new StringBuilder("""
                FROM progress_record r JOIN enrollment e ON e.id = r.enrollment_id
                JOIN client_identity ci ON ci.client_subject = e.client_subject
                WHERE r.reviewed_at IS NOT NULL AND r.private_entry = false""");
        Map<String, Object> params = new LinkedHashMap<>();
        where.append(observation
                ? " AND r.module_type = 'MEASUREMENT'"
                : " AND r.module_type IN ('QUESTIONNAIRE', 'RISK_TEST')");
        patient(search, where, params);
        String time = observation
                ? "coalesce((r.payload ->> '" + RecordPayload.MEASURED_AT + "')::timestamptz, r.recorded_at)"
                : "r.recorded_at";
        range(time, search.from(), search.until(), "d", where, params);
        range("r.reviewed_at", search.updatedFrom(), search.updatedUntil(), "u", where, params);
        if (search.code() != null) {
            where.append(" AND r.payload ->> '" + RecordPayload.LOINC + "' = :code");
            params.put("code", search.code());
        }
        if (search.category() != null) {
            where.append(" AND r.payload ->> '" + RecordPayload.LOINC + "' IN (:categoryCodes)");
            List<String> codes = List.copyOf(FhirMapper.codesOf(search.category()));
            params.put("categoryCodes", codes.isEmpty() ? List.of("-") : codes);
        }
        long total = count(where, params);
        List<UUID> ids = ids("SELECT r.id " + where + " ORDER BY r.reviewed_at, r.id", params, search);
        List<ProgressRecord> records = new ArrayList<>();
        for (UUID id : ids) {
            records.add(em.find(ProgressRecord.class, id));
        }
        return new Found(release(type, records, caller, integrator), total);
    }

    public Resource readRecord(String type, String id, Caller caller, String integrator) {
        ProgressRecord record = parse(id).map(uuid -> em.find(ProgressRecord.class, uuid)).orElse(null);
        boolean matches = record != null
                && ReviewRules.releasable(record.moduleType, record.privateEntry, record.reviewedAt)
                && (type.equals(
                        "Observation") == (record.moduleType == fi.digipolku.pathway.content.ModuleType.MEASUREMENT));
        List<? extends Resource> released = matches ? release(type, List.of(record), caller, integrator) : List.of();
        if (released.isEmpty()) {
            throw notFound(type, id);
        }
        return released.get(0);
    }

    public Found searchCarePlans(FhirSearch search, Caller caller, String integrator) {
        StringBuilder where = new StringBuilder("""
                FROM enrollment e JOIN client_identity ci ON ci.client_subject = e.client_subject
                WHERE e.followed_by_team""");
        Map<String, Object> params = new LinkedHashMap<>();
        patient(search, where, params);
        range("e.last_activity_at", search.updatedFrom(), search.updatedUntil(), "u", where, params);
        long total = count(where, params);
        List<UUID> ids = ids("SELECT e.id " + where + " ORDER BY e.started_at, e.id", params, search);
        List<Enrollment> enrollments = ids.stream().map(id -> em.find(Enrollment.class, id)).toList();
        return new Found(releasePlans(enrollments, caller, integrator), total);
    }

    public Resource readCarePlan(String id, Caller caller, String integrator) {
        Enrollment enrollment = parse(id).map(uuid -> em.find(Enrollment.class, uuid)).orElse(null);
        List<? extends Resource> released = enrollment == null || !enrollment.followedByTeam
                ? List.of()
                : releasePlans(List.of(enrollment), caller, integrator);
        if (released.isEmpty()) {
            throw notFound("CarePlan", id);
        }
        return released.get(0);
    }

    /** Published versions as PlanDefinitions, oldest first. */
    public Found planDefinitions(FhirSearch search) {
        List<Resource> all = new ArrayList<>();
        for (DefinitionVersion version : versions()) {
            all.add(mapper.planDefinition(version, statusOf(version)));
        }
        return page(all, search);
    }

    public Resource planDefinition(String id) {
        return planDefinitions(new FhirSearch(null, false, null, null, null, null, null, null, Integer.MAX_VALUE, 0))
                .resources().stream().filter(r -> r.getIdElement().getIdPart().equals(id)).findFirst()
                .orElseThrow(() -> notFound("PlanDefinition", id));
    }

    /** The questionnaire and risk-test modules of published versions as Questionnaires. */
    public Found questionnaires(FhirSearch search) {
        List<Resource> all = new ArrayList<>();
        for (DefinitionVersion version : versions()) {
            List<ContentModule> modules = version.content.modules();
            for (int i = 0; i < modules.size(); i++) {
                if (modules.get(i).type().isQuestionnaire() && modules.get(i).questionnaire() != null) {
                    all.add(mapper.questionnaire(version, i, statusOf(version)));
                }
            }
        }
        return page(all, search);
    }

    public Resource questionnaire(String id) {
        return questionnaires(new FhirSearch(null, false, null, null, null, null, null, null, Integer.MAX_VALUE, 0))
                .resources().stream().filter(r -> r.getIdElement().getIdPart().equals(id)).findFirst()
                .orElseThrow(() -> notFound("Questionnaire", id));
    }

    private List<? extends Resource> release(String type, List<ProgressRecord> records, Caller caller,
            String integrator) {
        Map<UUID, Enrollment> enrollments = new LinkedHashMap<>();
        for (ProgressRecord record : records) {
            enrollments.computeIfAbsent(record.enrollmentId, id -> em.find(Enrollment.class, id));
        }
        Map<String, String> codes = identities.identityCodes(
                enrollments.values().stream().map(e -> e.clientSubject).distinct().toList());
        List<Resource> resources = new ArrayList<>();
        Map<String, List<String>> byClient = new LinkedHashMap<>();
        for (ProgressRecord record : records) {
            Enrollment enrollment = enrollments.get(record.enrollmentId);
            String code = codes.get(enrollment.clientSubject);
            if (code == null || !ReviewRules.releasable(record.moduleType, record.privateEntry, record.reviewedAt)) {
                continue;
            }
            if (type.equals("Observation")) {
                resources.add(mapper.observation(record, code));
            } else {
                DefinitionVersion version = definitions.version(enrollment.definitionId,
                        enrollment.definitionVersion).orElseThrow();
                ContentModule module = version.content.modules().stream()
                        .filter(m -> m.key().equals(record.moduleKey)).findFirst().orElse(null);
                if (module == null || module.questionnaire() == null) {
                    continue;
                }
                resources.add(mapper.questionnaireResponse(record, enrollment, module, code));
            }
            byClient.computeIfAbsent(enrollment.clientSubject, k -> new ArrayList<>()).add(record.id.toString());
        }
        disclose(type, byClient, caller, integrator);
        return resources;
    }

    private List<? extends Resource> releasePlans(List<Enrollment> enrollments, Caller caller, String integrator) {
        Map<String, String> codes = identities.identityCodes(
                enrollments.stream().map(e -> e.clientSubject).distinct().toList());
        List<Resource> resources = new ArrayList<>();
        Map<String, List<String>> byClient = new LinkedHashMap<>();
        for (Enrollment enrollment : enrollments) {
            String code = codes.get(enrollment.clientSubject);
            if (code == null) {
                continue;
            }
            DefinitionVersion version = definitions.version(enrollment.definitionId, enrollment.definitionVersion)
                    .orElseThrow();
            String title = version.content.name().getOrDefault("fi", version.content.name().values().iterator().next());
            resources.add(mapper.carePlan(enrollment, title, code));
            byClient.computeIfAbsent(enrollment.clientSubject, k -> new ArrayList<>()).add(enrollment.id.toString());
        }
        disclose("CarePlan", byClient, caller, integrator);
        return resources;
    }

    private void disclose(String type, Map<String, List<String>> byClient, Caller caller, String integrator) {
        byClient.forEach((client, ids) -> {
            disclosures.record(integrator, client, type, ids);
            accessLog.record(caller, client, "read", "fhir/" + type, "released to the patient record");
        });
    }

    private void patient(FhirSearch search, StringBuilder where, Map<String, Object> params) {
        if (search.patientGiven()) {
            where.append(" AND ci.identity_hmac = :hmac");
            params.put("hmac", cipher.digest(search.identityCode()));
        }
    }

    private static void range(String column, Instant from, Instant until, String name, StringBuilder where,
            Map<String, Object> params) {
        if (from != null) {
            where.append(" AND ").append(column).append(" >= :").append(name).append("from");
            params.put(name + "from", Timestamp.from(from));
        }
        if (until != null) {
            where.append(" AND ").append(column).append(" < :").append(name).append("until");
            params.put(name + "until", Timestamp.from(until));
        }
    }

    private long count(StringBuilder where, Map<String, Object> params) {
        Query query = em.createNativeQuery("SELECT count(*) " + where);
        params.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    private List<UUID> ids(String sql, Map<String, Object> params, FhirSearch search) {
        Query query = em.createNativeQuery(sql + " LIMIT :limit OFFSET :offset");
        params.forEach(query::setParameter);
        query.setParameter("limit", search.count()).setParameter("offset", search.offset());
        List<?> rows = query.getResultList();
        return rows.stream().map(row -> row instanceof UUID uuid ? uuid : UUID.fromString(row.toString())).toList();
    }

    private List<DefinitionVersion> versions() {
        return em.createQuery("from DefinitionVersion order by publishedAt, definitionId, version",
                DefinitionVersion.class).getResultList();
    }

    private DefinitionStatus statusOf(DefinitionVersion version) {
        return definitions.findByIdOptional(version.definitionId).map((PathwayDefinition d) -> d.status)
                .orElse(DefinitionStatus.PUBLISHED);
    }

    private static Found page(List<Resource> all, FhirSearch search) {
        int from = Math.min(search.offset(), all.size());
        int to = (int) Math.min((long) from + search.count(), all.size());
        return new Found(all.subList(from, to), all.size());
    }

    private static java.util.Optional<UUID> parse(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static ProblemException notFound(String type, String id) {
        return ProblemException.notFound("No " + type + " " + id + " that you may read.");
    }
}
