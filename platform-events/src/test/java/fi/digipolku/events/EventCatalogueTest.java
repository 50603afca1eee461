package fi.digipolku.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class EventCatalogueTest {

    @Test
    void everyTypeIsListedOnceUnderOneName() {
        Set<String> names = new HashSet<>();
        for (EventType<?> type : EventCatalogue.ALL) {
            assertThat(names.add(type.name())).as(type.name() + " twice").isTrue();
            assertThat(EventCatalogue.byName(type.name())).contains(type);
        }
        assertThat(EventCatalogue.byName("enrollment.paused")).isEmpty();
    }

    @Test
    void everyConstantOfTheTopicClassesIsInTheCatalogue() throws IllegalAccessException {
        for (Class<?> holder : List.of(PathwayEvents.class, MessagingEvents.class, FeedbackEvents.class)) {
            for (var field : holder.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == EventType.class) {
                    assertThat(EventCatalogue.ALL).as(holder.getSimpleName() + "." + field.getName())
                            .contains((EventType<?>) field.get(null));
                }
            }
        }
    }

    @Test
    void oneNamePerConceptOnEveryTopic() {
        // The team is careTeam everywhere; ids of things are UUIDs, the client's pseudonymous subject is clientId.
        for (EventType<?> type : EventCatalogue.ALL) {
            for (RecordComponent component : type.data().getRecordComponents()) {
                String name = component.getName();
                assertThat(name).as(type.name()).isNotIn("team", "client", "clientSubject", "subject");
                if (name.endsWith("Id") && !name.equals("clientId")) {
                    assertThat(component.getType()).as(type.name() + "." + name).isEqualTo(UUID.class);
                }
            }
        }
    }

    @Test
    void theCloudEventAttributesCarryTheNameAndVersion() {
        EventType<?> type = PathwayEvents.MEASUREMENT_RECORDED;
        assertThat(type.cloudEventType()).isEqualTo("fi.digipolku.measurement.recorded");
        assertThat(type.dataSchema()).hasToString("urn:digipolku:event:measurement.recorded:1");
        assertThatThrownBy(() -> new EventType<>("Measurement Recorded", 1, "t", PathwayEvents.FlagRaised.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aVersionOneMessagingEventWithTeamIsStillReadAsCareTeam() throws Exception {
        JsonNode v1 = EventSchemas.JSON.readTree("""
                {"threadId":"%s","enrollmentId":"%s","definitionId":"%s","team":"diabetes-team","clientId":"c1",
                 "reason":"resolved","unanswered":false}""".formatted(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID()));
        MessagingEvents.ThreadClosed closed = EventSchemas.JSON.treeToValue(v1, MessagingEvents.ThreadClosed.class);
        assertThat(closed.careTeam()).isEqualTo("diabetes-team");
        assertThat(EventSchemas.JSON.valueToTree(closed).has("team")).isFalse();
    }

    @Test
    void theConsumerContractHelperNoticesAFieldThatIsGoneOrMayBeAbsent() {
        EventContracts.of(PathwayEvents.DEFINITION_PUBLISHED).requires("definitionId", "careTeam")
                .mayLack("serviceEvent.costCentre").verify();
        assertThatThrownBy(() -> EventContracts.of(PathwayEvents.DEFINITION_PUBLISHED).requires("name").verify())
                .hasMessageContaining("name may be absent");
        assertThatThrownBy(() -> EventContracts.of(PathwayEvents.DEFINITION_PUBLISHED).mayLack("owner").verify())
                .hasMessageContaining("owner is not in the schema");
        assertThat(Arrays.stream(PathwayEvents.class.getDeclaredClasses()).filter(Class::isRecord).count())
                .isGreaterThan(10);
    }
}
