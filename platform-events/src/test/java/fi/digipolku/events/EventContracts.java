package fi.digipolku.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A consumer's side of an event contract: the fields it relies on, checked against the committed schema of the
 * version producers write. A producer that drops one of them, or lets a relied-on field be absent, fails the
 * consumer's build; fields the consumer does not name may change freely.
 *
 * <pre>
 * EventContracts.of(PathwayEvents.ENROLLMENT_STARTED).requires("enrollmentId", "careTeam").mayLack("feedbackTiming")
 *         .verify();
 * </pre>
 */
public final class EventContracts {

    private final EventType<?> type;
    private final List<String> required = new ArrayList<>();
    private final List<String> optional = new ArrayList<>();

    private EventContracts(EventType<?> type) {
        this.type = type;
    }

    public static EventContracts of(EventType<?> type) {
        return new EventContracts(type);
    }

    /** Fields the consumer cannot do without (dotted paths for nested ones: {@code serviceEvent.costCentre}). */
    public EventContracts requires(String... fields) {
        required.addAll(List.of(fields));
        return this;
    }

    /** Fields the consumer reads when present. */
    public EventContracts mayLack(String... fields) {
        optional.addAll(List.of(fields));
        return this;
    }

    /** Throws {@link AssertionError} listing every expectation the committed schema does not meet. */
    public void verify() {
        JsonNode schema = EventSchemas.committed(type)
                .orElseThrow(
                        () -> new AssertionError("no committed schema for " + type.name() + " v" + type.version()));
        List<String> problems = new ArrayList<>();
        for (String field : required) {
            JsonNode owner = owner(schema, field);
            String name = field.substring(field.lastIndexOf('.') + 1);
            if (owner == null || !owner.path("properties").has(name)) {
                problems.add(field + " is not in the schema");
            } else if (!names(owner.path("required")).contains(name)) {
                problems.add(field + " may be absent, but the consumer requires it");
            }
        }
        for (String field : optional) {
            JsonNode owner = owner(schema, field);
            if (owner == null || !owner.path("properties").has(field.substring(field.lastIndexOf('.') + 1))) {
                problems.add(field + " is not in the schema");
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(type.name() + " v" + type.version() + " no longer gives what its consumer reads: "
                    + problems);
        }
    }

    private static JsonNode owner(JsonNode schema, String path) {
        JsonNode node = schema;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.path("properties").path(parts[i]);
            if (node.isMissingNode()) {
                return null;
            }
        }
        return node;
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new TreeSet<>();
        array.forEach(name -> names.add(name.asText()));
        return names;
    }
}
