package fi.digipolku.pathway.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import fi.digipolku.pathway.Fixtures;
import fi.digipolku.support.problem.FieldError;

class DefinitionRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static DefinitionContent content(Map<String, Object> body) {
        return JSON.convertValue(body, DefinitionContent.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> module(Map<String, Object> body, int index) {
        return ((List<Map<String, Object>>) body.get("modules")).get(index);
    }

    private static List<String> fields(Map<String, Object> body) {
        return DefinitionRules.publishErrors(content(body)).stream().map(FieldError::field).toList();
    }

    @Test
    void theDemoPathwaysArePublishable() {
        assertThat(DefinitionRules.publishErrors(content(Fixtures.weightManagement()))).isEmpty();
        assertThat(DefinitionRules.publishErrors(content(Fixtures.boneHealth()))).isEmpty();
        assertThat(DefinitionRules.publishErrors(content(Fixtures.youthSleep()))).isEmpty();
    }

    @Test
    void metadataForTheNationalFeedbackExportIsRequired() {
        Map<String, Object> body = Fixtures.weightManagement();
        body.put("serviceEvent", Map.of("placeOfService", "Elintapaohjaus"));
        body.remove("owningUnit");
        body.remove("feedbackTiming");

        assertThat(fields(body)).containsExactlyInAnyOrder("owningUnit", "feedbackTiming",
                "serviceEvent.costCentre", "serviceEvent.auraServiceClass", "serviceEvent.contactType");
    }

    @Test
    void selfCareCannotOfferMessagingAndNeedsAFinnishName() {
        Map<String, Object> body = Fixtures.youthSleep();
        body.put("messagingEnabled", true);
        body.put("name", Map.of("sv", "Sömn"));

        assertThat(fields(body)).containsExactlyInAnyOrder("name.fi", "messagingEnabled");
    }

    @Test
    void modulesNeedUniqueKeysAndADayWithinThePathway() {
        Map<String, Object> body = Fixtures.youthSleep();
        module(body, 1).put("key", "sleep-basics");
        module(body, 2).put("dayOffset", 42);
        body.put("modules", ((List<?>) body.get("modules")).subList(0, 3));

        assertThat(fields(body)).containsExactlyInAnyOrder("modules[1].key", "modules[2].dayOffset");
        body.put("modules", List.of());
        assertThat(fields(body)).containsExactly("modules");
    }

    @Test
    void typeSpecificPartsAreCheckedPerModule() {
        Map<String, Object> body = Fixtures.weightManagement();
        module(body, 0).remove("body");
        module(body, 0).put("diary", Map.of("kind", "FOOD", "visibility", "PRIVATE"));
        module(body, 2).put("measurement", Map.of("type", "BODY_WEIGHT", "plausible",
                Map.of("systolic", Map.of("min", 1)), "schedule", Map.of("everyNDays", 7, "timesPerWeek", 2,
                        "fromDay", 0)));
        module(body, 4).remove("diary");

        assertThat(fields(body)).containsExactlyInAnyOrder("modules[0].body.fi", "modules[0].diary",
                "modules[2].measurement.plausible.systolic", "modules[2].measurement.schedule", "modules[4].diary");
    }

    @Test
    void questionnairesNeedSoundItemsAndRiskTestsNeedNonOverlappingBands() {
        Map<String, Object> body = Fixtures.boneHealth();
        @SuppressWarnings("unchecked")
        Map<String, Object> questionnaire = (Map<String, Object>) module(body, 0).get("questionnaire");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) questionnaire.get("items");
        items.get(0).put("options", List.of(Map.of("key", "no", "weight", 0)));
        items.get(1).put("key", "previous-fracture");
        questionnaire.put("bands", List.of(Map.of("key", "low", "min", 0, "max", 4),
                Map.of("key", "high", "min", 3, "max", 10), Map.of("key", "odd", "min", 20, "max", 10)));

        assertThat(fields(body)).containsExactlyInAnyOrder("modules[0].questionnaire.items[0].options",
                "modules[0].questionnaire.items[1].key", "modules[0].questionnaire.bands[2]",
                "modules[0].questionnaire.bands");

        questionnaire.put("bands", List.of());
        assertThat(fields(body)).contains("modules[0].questionnaire.bands");
    }

    @Test
    void onlyPublishedDefinitionsTakeEnrollments() {
        assertThat(DefinitionRules.acceptsEnrollments(DefinitionStatus.PUBLISHED)).isTrue();
        assertThat(DefinitionRules.acceptsEnrollments(DefinitionStatus.DRAFT)).isFalse();
        assertThat(DefinitionRules.acceptsEnrollments(DefinitionStatus.RETIRED)).isFalse();
    }
}
