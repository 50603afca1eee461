package fi.digipolku.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FhirOutcomeTest {

    @Test
    void appliesToFhirPathsOnly() {
        assertThat(FhirOutcome.applies("/fhir/r4/Observation")).isTrue();
        assertThat(FhirOutcome.applies("/fhir")).isTrue();
        assertThat(FhirOutcome.applies("/api/v1/enrollments")).isFalse();
        assertThat(FhirOutcome.applies("/fhirish")).isFalse();
        assertThat(FhirOutcome.applies(null)).isFalse();
    }

    @Test
    void aProblemBecomesAnOperationOutcomeWithAnIssuePerField() {
        Map<String, Object> outcome = FhirOutcome.of(Problem.of(ProblemType.VALIDATION, "1 field is invalid.",
                List.of(new FieldError("_count", "must be at most 100"))));
        assertThat(outcome.get("resourceType")).isEqualTo("OperationOutcome");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> issues = (List<Map<String, Object>>) outcome.get("issue");
        assertThat(issues).hasSize(2);
        assertThat(issues.get(0)).containsEntry("severity", "error").containsEntry("code", "invalid");
        assertThat(issues.get(1).get("diagnostics")).isEqualTo("_count: must be at most 100");
    }

    @Test
    void statusesMapToIssueTypes() {
        assertThat(FhirOutcome.issueCode(401)).isEqualTo("login");
        assertThat(FhirOutcome.issueCode(403)).isEqualTo("forbidden");
        assertThat(FhirOutcome.issueCode(404)).isEqualTo("not-found");
        assertThat(FhirOutcome.issueCode(500)).isEqualTo("exception");
    }
}
