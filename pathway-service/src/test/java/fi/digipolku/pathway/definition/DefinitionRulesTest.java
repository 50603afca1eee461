package fi.digipolku.pathway.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import fi.digipolku.support.problem.FieldError;

class DefinitionRulesTest {

    private static DefinitionContent content(Map<String, String> name, PathwayKind kind, boolean messaging) {
        return new DefinitionContent(name, null, kind, TargetGroup.ADULTS, CarePhase.TREATMENT, 30, "team-a",
                messaging);
    }

    @Test
    void aCompleteProfessionalPathwayIsPublishable() {
        assertThat(DefinitionRules.publishErrors(content(Map.of("fi", "Diabetes"), PathwayKind.PROFESSIONAL, true)))
                .isEmpty();
    }

    @Test
    void listsEveryBrokenRule() {
        assertThat(DefinitionRules.publishErrors(content(Map.of("sv", "Diabetes"), PathwayKind.SELF_CARE, true)))
                .extracting(FieldError::field).containsExactly("name.fi", "messagingEnabled");
    }

    @Test
    void onlyPublishedDefinitionsTakeEnrollments() {
        assertThat(DefinitionRules.acceptsEnrollments(DefinitionStatus.PUBLISHED)).isTrue();
        assertThat(DefinitionRules.acceptsEnrollments(DefinitionStatus.DRAFT)).isFalse();
        assertThat(DefinitionRules.acceptsEnrollments(DefinitionStatus.RETIRED)).isFalse();
    }
}
