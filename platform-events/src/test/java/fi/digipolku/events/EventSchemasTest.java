package fi.digipolku.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The committed schemas are the contract consumers rely on. A record change that would break a reader of its type's
 * current version fails here: raise the version instead (and the new schema is written beside the old one). Adding a
 * field passes; {@code -Devents.write-schemas=true} writes it into the committed schema.
 */
class EventSchemasTest {

    static List<EventType<?>> types() {
        return EventCatalogue.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void everyTypeHasACommittedSchemaItsRecordStillSatisfies(EventType<?> type) throws IOException {
        JsonNode committed = EventSchemas.committed(type).orElse(null);
        if (committed != null) {
            // Also when writing: a committed version is never rewritten with a change that breaks its readers.
            assertThat(EventSchemas.breakingChanges(committed, EventSchemas.generated(type)))
                    .as(type.name() + " v" + type.version() + " changed in a way its readers would not understand;"
                            + " raise its version (the new version gets its own schema file)")
                    .isEmpty();
        }
        if (Boolean.getBoolean(EventSchemas.WRITE)) {
            EventSchemas.write(type);
            return;
        }
        assertThat(committed).as("no schema " + type.schemaResource() + " for " + type.name() + " v" + type.version()
                + "; write it with ./mvnw -pl platform-events test -D" + EventSchemas.WRITE + "=true").isNotNull();
    }

    @Test
    void removingRenamingRetypingOrLooseningAFieldBreaksReadersAndAddingOneDoesNot() {
        ObjectNode committed = EventSchemas.generated(MessagingEvents.THREAD_CLOSED);

        ObjectNode added = committed.deepCopy();
        ((ObjectNode) added.path("properties")).putObject("closedBy").put("type", "string");
        assertThat(EventSchemas.breakingChanges(committed, added)).isEmpty();

        ObjectNode removed = committed.deepCopy();
        ((ObjectNode) removed.path("properties")).remove("reason");
        assertThat(EventSchemas.breakingChanges(committed, removed)).containsExactly("reason was removed");

        ObjectNode retyped = committed.deepCopy();
        ((ObjectNode) retyped.path("properties").path("unanswered")).put("type", "string");
        assertThat(EventSchemas.breakingChanges(committed, retyped))
                .containsExactly("unanswered changed type from [boolean] to [string]");

        ObjectNode loosened = committed.deepCopy();
        ((ObjectNode) loosened.path("properties").path("reason")).putArray("type").add("string").add("null");
        assertThat(EventSchemas.breakingChanges(committed, loosened))
                .containsExactly("reason changed type from [string] to [null, string]");
    }

    @Test
    void aNewRequiredFieldOrAChangedFormatBreaksReadersTooButANewOptionalOneDoesNot() {
        ObjectNode committed = EventSchemas.generated(MessagingEvents.THREAD_CLOSED);

        ObjectNode required = committed.deepCopy();
        ((ObjectNode) required.path("properties")).putObject("closedBy").put("type", "string");
        ((ArrayNode) required.path("required")).add("closedBy");
        assertThat(EventSchemas.breakingChanges(committed, required)).singleElement().asString()
                .startsWith("closedBy is new and required");

        ObjectNode reformatted = committed.deepCopy();
        ((ObjectNode) reformatted.path("properties").path("threadId")).remove("format");
        assertThat(EventSchemas.breakingChanges(committed, reformatted))
                .containsExactly("threadId changed format from 'uuid' to ''");
    }

    @Test
    void nullableFieldsAreOptionalAndTheOthersRequired() {
        JsonNode schema = EventSchemas.generated(MessagingEvents.PROMISE_BREACHED);
        assertThat(schema.path("required").toString()).contains("\"careTeam\"", "\"dueAt\"")
                .doesNotContain("\"escalatedTo\"");
        assertThat(schema.path("properties").path("escalatedTo").path("type").toString()).contains("null");
        assertThat(schema.path("properties").path("dueAt").path("format").asText()).isEqualTo("date-time");
        assertThat(schema.path("$id").asText()).isEqualTo("urn:digipolku:event:promise.breached:2");
    }
}
