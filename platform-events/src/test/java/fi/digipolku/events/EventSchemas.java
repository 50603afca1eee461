package fi.digipolku.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;

/**
 * The JSON Schemas of the catalogue: generated from the records, and as committed in
 * {@code src/main/resources/META-INF/digipolku/events} (the published contract). Every record component is required
 * unless marked {@link Nullable}; readers ignore fields they do not know.
 */
public final class EventSchemas {

    /** Set to true to write the generated schemas over the committed ones. */
    public static final String WRITE = "events.write-schemas";

    /** Serialises events as the services do (Quarkus' defaults: ISO dates, no timestamps). */
    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private EventSchemas() {
    }

    /**
     * The generator, built on first use and kept apart: consumers' contract tests read committed schemas only and do
     * not have the generator on their class path.
     */
    private static final class Generator {

        static final SchemaGenerator INSTANCE = create();

        private static SchemaGenerator create() {
            SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                    OptionPreset.PLAIN_JSON).with(new JacksonModule()).with(Option.EXTRA_OPEN_API_FORMAT_VALUES)
                    .with(Option.NULLABLE_FIELDS_BY_DEFAULT);
            builder.forFields()
                    .withRequiredCheck(field -> field.getAnnotationConsideringFieldAndGetter(Nullable.class) == null)
                    .withNullableCheck(field -> field.getAnnotationConsideringFieldAndGetter(Nullable.class) != null);
            return new SchemaGenerator(builder.build());
        }
    }

    /** The schema of the type's record as it is now. */
    public static ObjectNode generated(EventType<?> type) {
        ObjectNode schema = Generator.INSTANCE.generateSchema(type.data());
        ObjectNode out = JSON.createObjectNode();
        out.put("$schema", schema.path("$schema").asText());
        out.put("$id", type.dataSchema().toString());
        out.put("title", type.cloudEventType() + " v" + type.version());
        schema.remove("$schema");
        out.setAll(schema);
        return out;
    }

    /** The committed schema of the type's version, if there is one. */
    public static Optional<JsonNode> committed(EventType<?> type) {
        try (InputStream in = EventSchemas.class.getResourceAsStream(type.schemaResource())) {
            return in == null ? Optional.empty() : Optional.of(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the generated schema of the type into the module's sources (run from the module's directory). */
    public static Path write(EventType<?> type) throws IOException {
        Path file = Path.of("src/main/resources").resolve(type.schemaResource().substring(1));
        Files.createDirectories(file.getParent());
        Files.writeString(file, JSON.writeValueAsString(generated(type)) + "\n");
        return file;
    }

    /**
     * What a reader of {@code committed} would not understand in data written to {@code current}, or what a reader of
     * {@code current} would not find in data written to {@code committed} (events of the same version already on Kafka
     * or stored): a field gone, its type or format changed, a required field that may now be absent or null, or a new
     * field that is required. A new field that may be absent ({@code @Nullable}) is compatible.
     */
    public static List<String> breakingChanges(JsonNode committed, JsonNode current) {
        List<String> problems = new ArrayList<>();
        compare("", committed, current, problems);
        return problems;
    }

    private static void compare(String path, JsonNode before, JsonNode now, List<String> problems) {
        Set<String> requiredBefore = names(before.path("required"));
        Set<String> requiredNow = names(now.path("required"));
        for (Iterator<Map.Entry<String, JsonNode>> it = before.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            String field = path + property.getKey();
            JsonNode was = property.getValue();
            JsonNode is = now.path("properties").path(property.getKey());
            if (is.isMissingNode()) {
                problems.add(field + " was removed");
                continue;
            }
            Set<String> typesBefore = types(was);
            Set<String> typesNow = types(is);
            if (!typesBefore.containsAll(typesNow)) {
                problems.add(field + " changed type from " + typesBefore + " to " + typesNow);
            }
            if (requiredBefore.contains(property.getKey()) && !requiredNow.contains(property.getKey())) {
                problems.add(field + " is no longer required");
            }
            String formatBefore = was.path("format").asText("");
            String formatNow = is.path("format").asText("");
            if (!formatBefore.equals(formatNow)) {
                problems.add(field + " changed format from '" + formatBefore + "' to '" + formatNow + "'");
            }
            if (was.has("properties") || is.has("properties")) {
                compare(field + ".", was, is, problems);
            }
            if (was.path("items").has("type")) {
                Set<String> itemsBefore = types(was.path("items"));
                Set<String> itemsNow = types(is.path("items"));
                if (!itemsBefore.containsAll(itemsNow)
                        || !was.path("items").path("format").asText("").equals(is.path("items").path("format")
                                .asText(""))) {
                    problems.add(field + "[] changed type from " + was.path("items") + " to " + is.path("items"));
                }
            }
        }
        for (String added : requiredNow) {
            if (!before.path("properties").has(added)) {
                problems.add(path + added + " is new and required: events already written lack it (make it @Nullable"
                        + " or raise the version)");
            }
        }
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new TreeSet<>();
        array.forEach(name -> names.add(name.asText()));
        return names;
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new TreeSet<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        // "integer" data is also a valid "number"; a number that may now be fractional breaks integer readers.
        return types;
    }
}
