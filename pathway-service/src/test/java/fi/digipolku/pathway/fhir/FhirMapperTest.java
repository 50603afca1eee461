package fi.digipolku.pathway.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

import fi.digipolku.pathway.content.ModuleType;
import fi.digipolku.pathway.definition.PathwayKind;
import fi.digipolku.pathway.enrollment.Enrollment;
import fi.digipolku.pathway.enrollment.EnrollmentStatus;
import fi.digipolku.pathway.progress.ProgressRecord;
import fi.digipolku.pathway.progress.RecordPayload;

import ca.uhn.fhir.context.FhirContext;

/** Measurements and enrollment states that the demo pathways do not cover, validated against base R4. */
class FhirMapperTest {

    private static final FhirContext FHIR = FhirContext.forR4();
    private final FhirMapper mapper = new FhirMapper("https://ehr.example.fi/fhir/r4/", ZoneId.of("Europe/Helsinki"));

    private static ProgressRecord measurement(String loinc, String unit, Map<String, Double> values) {
        ProgressRecord record = new ProgressRecord();
        record.id = UUID.randomUUID();
        record.enrollmentId = UUID.randomUUID();
        record.moduleKey = "m";
        record.moduleType = ModuleType.MEASUREMENT;
        record.recordedAt = Instant.parse("2026-03-01T08:00:00Z");
        record.reviewedAt = Instant.parse("2026-03-02T09:00:00Z");
        record.reviewedBy = "nurse-1";
        record.payload = RecordPayload.measurement(values, unit, loinc, Instant.parse("2026-03-01T07:30:00Z"));
        return record;
    }

    private static List<String> errors(Resource resource) {
        return FhirValidation.errors(FHIR.newJsonParser().encodeResourceToString(resource));
    }

    @Test
    void bloodPressureIsAPanelWithTwoComponents() {
        Observation observation = mapper.observation(measurement("85354-9", "mm[Hg]",
                Map.of("systolic", 128.0, "diastolic", 84.0)), "131052-308T");
        assertThat(errors(observation)).isEmpty();
        assertThat(observation.hasValue()).isFalse();
        assertThat(observation.getComponent()).extracting(c -> c.getCode().getCodingFirstRep().getCode())
                .containsExactly("8480-6", "8462-4");
        assertThat(observation.getComponentFirstRep().getValueQuantity().getCode()).isEqualTo("mm[Hg]");
        assertThat(observation.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("vital-signs");
    }

    @Test
    void bloodGlucoseIsALaboratoryResultInMmolPerLitre() {
        Observation observation = mapper.observation(measurement("15074-8", "mmol/L", Map.of("value", 5.6)),
                "131052-308T");
        assertThat(errors(observation)).isEmpty();
        assertThat(observation.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("laboratory");
        assertThat(observation.getValueQuantity().getValue()).isEqualByComparingTo(new BigDecimal("5.6"));
        assertThat(observation.getValueQuantity().getSystem()).isEqualTo(FhirMapper.UCUM);
        assertThat(observation.getEffectiveDateTimeType().getValue().toInstant())
                .isEqualTo(Instant.parse("2026-03-01T07:30:00Z"));
    }

    @Test
    void heightAndWaistAreVitalSigns() {
        for (String loinc : List.of("8302-2", "8280-0")) {
            Observation observation = mapper.observation(measurement(loinc, "cm", Map.of("value", 170.0)),
                    "131052-308T");
            assertThat(errors(observation)).as(loinc).isEmpty();
        }
    }

    @Test
    void enrollmentStatesMapToCarePlanStatuses() {
        Map<EnrollmentStatus, CarePlan.CarePlanStatus> expected = Map.of(EnrollmentStatus.ACTIVE,
                CarePlan.CarePlanStatus.ACTIVE, EnrollmentStatus.COMPLETED, CarePlan.CarePlanStatus.COMPLETED,
                EnrollmentStatus.EXPIRED, CarePlan.CarePlanStatus.COMPLETED, EnrollmentStatus.DISCONTINUED,
                CarePlan.CarePlanStatus.REVOKED);
        expected.forEach((status, fhirStatus) -> {
            Enrollment enrollment = new Enrollment();
            enrollment.id = UUID.randomUUID();
            enrollment.definitionId = UUID.randomUUID();
            enrollment.definitionVersion = 3;
            enrollment.kind = PathwayKind.PROFESSIONAL;
            enrollment.status = status;
            enrollment.startedOn = LocalDate.parse("2026-01-05");
            enrollment.endsOn = LocalDate.parse("2026-03-29");
            enrollment.startedAt = Instant.parse("2026-01-05T08:00:00Z");
            enrollment.lastActivityAt = Instant.parse("2026-02-01T08:00:00Z");
            if (status == EnrollmentStatus.DISCONTINUED) {
                enrollment.endedAt = Instant.parse("2026-02-01T08:00:00Z");
            }
            CarePlan plan = mapper.carePlan(enrollment, "Painonhallinta", "131052-308T");
            assertThat(errors(plan)).as(status.name()).isEmpty();
            assertThat(plan.getStatus()).isEqualTo(fhirStatus);
            assertThat(plan.getInstantiatesCanonical().get(0).getValue())
                    .isEqualTo("https://ehr.example.fi/fhir/r4/PlanDefinition/" + enrollment.definitionId + "|3");
        });
    }

    @Test
    void theCapabilityStatementIsValid() {
        assertThat(errors(mapper.capabilityStatement(Instant.parse("2026-01-01T00:00:00Z")))).isEmpty();
    }
}
