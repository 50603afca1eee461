package fi.digipolku.pathway.fhir;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

import fi.digipolku.pathway.content.AnswerOption;
import fi.digipolku.pathway.content.ContentModule;
import fi.digipolku.pathway.content.QuestionnaireItem;
import fi.digipolku.pathway.definition.DefinitionStatus;
import fi.digipolku.pathway.definition.DefinitionVersion;
import fi.digipolku.pathway.enrollment.Enrollment;
import fi.digipolku.pathway.identity.IdentityCode;
import fi.digipolku.pathway.progress.ProgressRecord;
import fi.digipolku.pathway.progress.RecordPayload;

/**
 * Builds the FHIR R4 resources the service releases from its own model. Plain class. The patient is never a resource
 * of its own here: every subject is a logical reference by identifier ({@code urn:oid:1.2.246.21}), with no name.
 */
public final class FhirMapper {

    public static final String LOINC = "http://loinc.org";
    public static final String UCUM = "http://unitsofmeasure.org";
    public static final String CATEGORY_SYSTEM = "http://terminology.hl7.org/CodeSystem/observation-category";
    /** LOINC codes whose observations are laboratory results; the other known measurements are vital signs. */
    static final Set<String> LABORATORY = Set.of("15074-8", "14743-9");
    static final Set<String> VITAL_SIGNS = Set.of("29463-7", "8280-0", "85354-9", "8302-2");
    static final Map<String, String> DISPLAY = Map.of("29463-7", "Body weight", "8280-0",
            "Waist Circumference at umbilicus by Tape measure",
            "85354-9", "Blood pressure panel with all children optional", "8480-6", "Systolic blood pressure", "8462-4",
            "Diastolic blood pressure", "15074-8", "Glucose [Moles/volume] in Blood", "14743-9",
            "Glucose [Moles/volume] in Capillary blood --fasting", "8302-2", "Body height");

    private final String base;
    private final ZoneId zone;

    public FhirMapper(String base, ZoneId zone) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.zone = zone;
    }

    public String base() {
        return base;
    }

    /** The category of a LOINC code: laboratory, vital-signs, or null when unknown. */
    public static String category(String loinc) {
        if (LABORATORY.contains(loinc)) {
            return "laboratory";
        }
        return VITAL_SIGNS.contains(loinc) ? "vital-signs" : null;
    }

    /** The LOINC codes of a category, for search. */
    public static Collection<String> codesOf(String category) {
        return switch (category) {
            case "laboratory" -> LABORATORY;
            case "vital-signs" -> VITAL_SIGNS;
            default -> List.of();
        };
    }

    /** A reviewed measurement as a final Observation. */
    public Observation observation(ProgressRecord record, String identityCode) {
        RecordPayload payload = record.payload;
        String loinc = payload.loinc();
        String unit = payload.unit();
        Map<String, Double> values = payload.values() == null ? Map.of() : payload.values();
        Observation observation = new Observation();
        observation.setId(record.id.toString());
        observation.getMeta().setVersionId("1").setLastUpdated(Date.from(record.reviewedAt));
        observation.setStatus(Observation.ObservationStatus.FINAL);
        String category = category(loinc);
        if (category != null) {
            observation.addCategory(new CodeableConcept(new Coding(CATEGORY_SYSTEM, category,
                    category.equals("laboratory") ? "Laboratory" : "Vital Signs")));
        }
        observation.setCode(loincConcept(loinc));
        observation.setSubject(patient(identityCode));
        Instant effective = payload.measuredAt() == null ? record.recordedAt : payload.measuredAt();
        observation
                .setEffective(new DateTimeType(Date.from(effective), ca.uhn.fhir.model.api.TemporalPrecisionEnum.SECOND,
                        java.util.TimeZone.getTimeZone("UTC")));
        observation.setIssued(Date.from(record.reviewedAt));
        if (values.containsKey("systolic") || values.containsKey("diastolic")) {
            component(observation, "8480-6", values.get("systolic"), unit);
            component(observation, "8462-4", values.get("diastolic"), unit);
        } else if (values.get("value") != null) {
            observation.setValue(quantity(values.get("value"), unit));
        }
        return observation;
    }

    /** Reviewed answers as a completed QuestionnaireResponse; the server's score and band are read-only items. */
    public QuestionnaireResponse questionnaireResponse(ProgressRecord record, Enrollment enrollment,
            ContentModule module, String identityCode) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setId(record.id.toString());
        response.getMeta().setVersionId("1").setLastUpdated(Date.from(record.reviewedAt));
        response.setQuestionnaire(questionnaireUrl(enrollment.definitionId.toString(), module.key()) + "|"
                + enrollment.definitionVersion);
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.setSubject(patient(identityCode));
        response.setAuthored(Date.from(record.recordedAt));
        Map<String, Object> answers = record.payload.answers() == null ? Map.of() : record.payload.answers();
        String url = questionnaireUrl(enrollment.definitionId.toString(), module.key());
        for (QuestionnaireItem item : module.questionnaire().items()) {
            Object answer = answers.get(item.key());
            if (answer == null || (answer instanceof String text && text.isBlank())
                    || (answer instanceof Collection<?> list && list.isEmpty())) {
                continue;
            }
            QuestionnaireResponse.QuestionnaireResponseItemComponent out = response.addItem().setLinkId(item.key());
            switch (item.type()) {
                case SINGLE_CHOICE -> out.addAnswer().setValue(optionCoding(url, item, answer.toString()));
                case MULTIPLE_CHOICE -> ((Collection<?>) answer)
                        .forEach(key -> out.addAnswer().setValue(optionCoding(url, item, key.toString())));
                case NUMBER, SCALE -> out.addAnswer().setValue(new DecimalType(new BigDecimal(answer.toString())));
                case TEXT -> out.addAnswer().setValue(new StringType(answer.toString()));
            }
        }
        if (record.score != null) {
            response.addItem().setLinkId("score").addAnswer().setValue(new DecimalType(record.score));
        }
        if (record.band != null) {
            response.addItem().setLinkId("band").addAnswer().setValue(new StringType(record.band));
        }
        return response;
    }

    /** A questionnaire or risk-test module of a published version. */
    public Questionnaire questionnaire(DefinitionVersion version, int index, DefinitionStatus status) {
        ContentModule module = version.content.modules().get(index);
        String url = questionnaireUrl(version.definitionId.toString(), module.key());
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setId(questionnaireId(version.definitionId.toString(), version.version, index));
        questionnaire.getMeta().setVersionId("1").setLastUpdated(Date.from(version.publishedAt));
        questionnaire.setUrl(url);
        questionnaire.setVersion(Integer.toString(version.version));
        questionnaire.setTitle(text(module.title(), module.key()));
        questionnaire.setStatus(status == DefinitionStatus.RETIRED
                ? Enumerations.PublicationStatus.RETIRED
                : Enumerations.PublicationStatus.ACTIVE);
        questionnaire.addSubjectType("Patient");
        questionnaire.setDate(Date.from(version.publishedAt));
        for (QuestionnaireItem item : module.questionnaire().items()) {
            Questionnaire.QuestionnaireItemComponent out = questionnaire.addItem().setLinkId(item.key())
                    .setText(text(item.text(), item.key())).setRequired(item.required());
            switch (item.type()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                    out.setType(Questionnaire.QuestionnaireItemType.CHOICE)
                            .setRepeats(item.type() == fi.digipolku.pathway.content.ItemType.MULTIPLE_CHOICE);
                    for (AnswerOption option : item.options()) {
                        out.addAnswerOption().setValue(optionCoding(url, item, option.key()));
                    }
                }
                case NUMBER, SCALE -> out.setType(Questionnaire.QuestionnaireItemType.DECIMAL);
                case TEXT -> out.setType(Questionnaire.QuestionnaireItemType.TEXT);
            }
        }
        questionnaire.addItem().setLinkId("score").setText("Score (calculated by the platform)")
                .setType(Questionnaire.QuestionnaireItemType.DECIMAL).setReadOnly(true);
        if (!module.questionnaire().bands().isEmpty()) {
            questionnaire.addItem().setLinkId("band").setText("Interpretation band (calculated by the platform)")
                    .setType(Questionnaire.QuestionnaireItemType.STRING).setReadOnly(true);
        }
        return questionnaire;
    }

    /** An enrollment as a CarePlan that instantiates its pathway version. */
    public CarePlan carePlan(Enrollment enrollment, String title, String identityCode) {
        CarePlan plan = new CarePlan();
        plan.setId(enrollment.id.toString());
        plan.getMeta().setVersionId(Long.toString(enrollment.rowVersion + 1))
                .setLastUpdated(Date.from(enrollment.lastActivityAt));
        plan.addInstantiatesCanonical(planDefinitionUrl(enrollment.definitionId.toString()) + "|"
                + enrollment.definitionVersion);
        plan.setStatus(switch (enrollment.status) {
            case ACTIVE -> CarePlan.CarePlanStatus.ACTIVE;
            case COMPLETED, EXPIRED -> CarePlan.CarePlanStatus.COMPLETED;
            case DISCONTINUED -> CarePlan.CarePlanStatus.REVOKED;
        });
        plan.setIntent(CarePlan.CarePlanIntent.PLAN);
        plan.setTitle(title);
        plan.setSubject(patient(identityCode));
        LocalDate end = enrollment.endedAt == null ? enrollment.endsOn : LocalDate.ofInstant(enrollment.endedAt, zone);
        plan.setPeriod(new Period().setStartElement(new DateTimeType(enrollment.startedOn.toString()))
                .setEndElement(new DateTimeType(end.toString())));
        plan.setCreated(Date.from(enrollment.startedAt));
        return plan;
    }

    /** A published pathway version as a PlanDefinition; questionnaire modules point to their Questionnaires. */
    public PlanDefinition planDefinition(DefinitionVersion version, DefinitionStatus status) {
        PlanDefinition plan = new PlanDefinition();
        String definitionId = version.definitionId.toString();
        plan.setId(definitionId + "-" + version.version);
        plan.getMeta().setVersionId("1").setLastUpdated(Date.from(version.publishedAt));
        plan.setUrl(planDefinitionUrl(definitionId));
        plan.setVersion(Integer.toString(version.version));
        plan.setTitle(text(version.content.name(), definitionId));
        plan.setType(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/plan-definition-type",
                "clinical-protocol", "Clinical Protocol")));
        plan.setStatus(status == DefinitionStatus.RETIRED
                ? Enumerations.PublicationStatus.RETIRED
                : Enumerations.PublicationStatus.ACTIVE);
        plan.setDate(Date.from(version.publishedAt));
        String description = version.content.description() == null ? null : version.content.description().get("fi");
        if (description != null && !description.isBlank()) {
            plan.setDescription(description);
        }
        for (ContentModule module : version.content.modules()) {
            PlanDefinition.PlanDefinitionActionComponent action = plan.addAction()
                    .setTitle(text(module.title(), module.key()));
            action.setId(module.key());
            if (module.type().isQuestionnaire()) {
                action.setDefinition(new CanonicalType(questionnaireUrl(definitionId, module.key()) + "|"
                        + version.version));
            }
        }
        return plan;
    }

    /** What the FHIR API serves. */
    public CapabilityStatement capabilityStatement(Instant published) {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(Enumerations.PublicationStatus.ACTIVE);
        statement.setDate(Date.from(published));
        statement.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        statement.getSoftware().setName("Digipolku pathway-service");
        statement.getImplementation().setDescription("Digipolku: reviewed client data of digital care pathways")
                .setUrl(base);
        statement.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        statement.addFormat("application/fhir+json");
        CapabilityStatement.CapabilityStatementRestComponent rest = statement.addRest()
                .setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.getSecurity().setDescription("OAuth 2.0 bearer token of a client with the integrator role");
        String patient = "Patient identifier: patient:identifier, subject:identifier or patient.identifier = "
                + IdentityCode.SYSTEM + "|<identity code>";
        resource(rest, "Observation", List.of(param("patient", "reference", patient),
                param("subject", "reference", patient), param("date", "date", "effective time (ge, gt, le, lt)"),
                param("category", "token", "vital-signs or laboratory"), param("code", "token", "LOINC code"),
                param("_lastUpdated", "date", "time of the professional's review")));
        resource(rest, "QuestionnaireResponse", List.of(param("patient", "reference", patient),
                param("subject", "reference", patient), param("authored", "date", "time of answering"),
                param("_lastUpdated", "date", "time of the professional's review")));
        resource(rest, "CarePlan", List.of(param("patient", "reference", patient),
                param("subject", "reference", patient), param("_lastUpdated", "date", "last activity")));
        resource(rest, "PlanDefinition", List.of());
        resource(rest, "Questionnaire", List.of());
        return statement;
    }

    /**
     * A searchset Bundle of one page: {@code self}, {@code next} when more match (the same query with the next
     * {@code _offset}) and {@code previous} when not on the first page.
     */
    public Bundle searchset(String type, List<? extends Resource> resources, long total, int count, int offset,
            Map<String, List<String>> query) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.setTotal((int) Math.min(total, Integer.MAX_VALUE));
        bundle.getMeta().setLastUpdated(new Date());
        bundle.addLink().setRelation("self").setUrl(pageUrl(type, query, count, offset));
        if (offset + count < total) {
            bundle.addLink().setRelation("next").setUrl(pageUrl(type, query, count, offset + count));
        }
        if (offset > 0) {
            bundle.addLink().setRelation("previous").setUrl(pageUrl(type, query, count, Math.max(0, offset - count)));
        }
        for (Resource resource : resources) {
            bundle.addEntry().setFullUrl(base + "/" + type + "/" + resource.getIdElement().getIdPart())
                    .setResource(resource).getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    private String pageUrl(String type, Map<String, List<String>> query, int count, int offset) {
        StringBuilder url = new StringBuilder(base).append('/').append(type).append('?');
        new java.util.TreeMap<>(query).forEach((name, values) -> {
            if (!name.equals("_count") && !name.equals("_offset")) {
                values.forEach(value -> url.append(encode(name)).append('=').append(encode(value)).append('&'));
            }
        });
        return url.append("_count=").append(count).append("&_offset=").append(offset).toString();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    public String planDefinitionUrl(String definitionId) {
        return base + "/PlanDefinition/" + definitionId;
    }

    public String questionnaireUrl(String definitionId, String moduleKey) {
        return base + "/Questionnaire/" + definitionId + "-" + moduleKey;
    }

    /** The id of the Questionnaire of the module at this position of a version. */
    public static String questionnaireId(String definitionId, int version, int index) {
        return definitionId + "-" + version + "-" + index;
    }

    private static void resource(CapabilityStatement.CapabilityStatementRestComponent rest, String type,
            List<CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent> params) {
        CapabilityStatement.CapabilityStatementRestResourceComponent resource = rest.addResource().setType(type);
        resource.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.READ);
        resource.addInteraction().setCode(CapabilityStatement.TypeRestfulInteraction.SEARCHTYPE);
        params.forEach(resource::addSearchParam);
    }

    private static CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent param(String name,
            String type, String documentation) {
        return new CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent().setName(name)
                .setType(Enumerations.SearchParamType.fromCode(type)).setDocumentation(documentation);
    }

    private static Reference patient(String identityCode) {
        return new Reference().setType("Patient")
                .setIdentifier(new Identifier().setSystem(IdentityCode.SYSTEM).setValue(identityCode));
    }

    private static CodeableConcept loincConcept(String loinc) {
        Coding coding = new Coding(LOINC, loinc, DISPLAY.get(loinc));
        CodeableConcept concept = new CodeableConcept(coding);
        if (DISPLAY.containsKey(loinc)) {
            concept.setText(DISPLAY.get(loinc));
        }
        return concept;
    }

    private static void component(Observation observation, String loinc, Double value, String unit) {
        if (value == null) {
            return;
        }
        observation.addComponent().setCode(loincConcept(loinc)).setValue(quantity(value, unit));
    }

    private static Quantity quantity(Double value, String unit) {
        Quantity quantity = new Quantity().setValue(BigDecimal.valueOf(value));
        if (unit != null) {
            quantity.setUnit(unit).setSystem(UCUM).setCode(unit);
        }
        return quantity;
    }

    private static Coding optionCoding(String questionnaireUrl, QuestionnaireItem item, String key) {
        Coding coding = new Coding().setSystem(questionnaireUrl + "/" + item.key()).setCode(key);
        item.options().stream().filter(o -> o.key().equals(key)).findFirst()
                .ifPresent(o -> coding.setDisplay(text(o.text(), null)));
        return coding;
    }

    private static String text(Map<String, String> texts, String fallback) {
        if (texts == null || texts.isEmpty()) {
            return fallback;
        }
        for (String language : List.of("fi", "sv", "en")) {
            String text = texts.get(language);
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return fallback;
    }
}
