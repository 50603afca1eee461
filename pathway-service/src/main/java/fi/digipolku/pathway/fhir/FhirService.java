package fi.digipolku.pathway.fhir;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Resource;

import fi.digipolku.pathway.PathwayConfig;
import fi.digipolku.pathway.content.ContentModule;
import fi.digipolku.pathway.definition.DefinitionRepository;
import fi.digipolku.pathway.definition.DefinitionStatus;
import fi.digipolku.pathway.definition.DefinitionVersion;
import fi.digipolku.pathway.definition.PathwayDefinition;
import fi.digipolku.pathway.disclosure.DisclosureService;
import fi.digipolku.pathway.enrollment.Enrollment;
import fi.digipolku.pathway.enrollment.EnrollmentRepository;
import fi.digipolku.pathway.identity.ClientIdentityService;
import fi.digipolku.pathway.identity.IdentityCipher;
import fi.digipolku.pathway.progress.ProgressRecord;
import fi.digipolku.pathway.progress.ProgressRecordRepository;
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

    private final FhirRepository searches;
    private final ProgressRecordRepository records;
    private final EnrollmentRepository enrollments;
    private final ClientIdentityService identities;
    private final IdentityCipher cipher;
    private final DefinitionRepository definitions;
    private final DisclosureService disclosures;
    private final AccessLog accessLog;
    private final FhirMapper mapper;
    /** When this instance started: the CapabilityStatement's date. */
    private final Instant started;

    public FhirService(FhirRepository searches, ProgressRecordRepository records, EnrollmentRepository enrollments,
            ClientIdentityService identities, IdentityCipher cipher, DefinitionRepository definitions,
            DisclosureService disclosures, AccessLog accessLog, PathwayConfig config,
            Clock clock) {
        this.searches = searches;
        this.records = records;
        this.enrollments = enrollments;
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
        FhirRepository.Ids found = searches.reviewedRecords(observation, search, patientDigest(search));
        List<ProgressRecord> records = new ArrayList<>();
        for (UUID id : found.ids()) {
            records.add(this.records.findById(id));
        }
        return new Found(release(type, records, caller, integrator), found.total());
    }

    public Resource readRecord(String type, String id, Caller caller, String integrator) {
        ProgressRecord record = parse(id).map(records::findById).orElse(null);
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
        FhirRepository.Ids found = searches.followedEnrollments(search, patientDigest(search));
        List<Enrollment> enrollments = found.ids().stream().map(this.enrollments::findById).toList();
        return new Found(releasePlans(enrollments, caller, integrator), found.total());
    }

    public Resource readCarePlan(String id, Caller caller, String integrator) {
        Enrollment enrollment = parse(id).map(enrollments::findById).orElse(null);
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
            enrollments.computeIfAbsent(record.enrollmentId, this.enrollments::findById);
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

    private byte[] patientDigest(FhirSearch search) {
        return search.patientGiven() ? cipher.digest(search.identityCode()) : null;
    }

    private List<DefinitionVersion> versions() {
        return definitions.publishedVersions();
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
        return ProblemException.notFound("fhir.not-found", type, id);
    }
}
