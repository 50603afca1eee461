package fi.digipolku.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The contract every application's OpenAPI document keeps, so that clients generated from it are usable: each
 * operation is named and summarised, every success body and every error is typed, request bodies have examples, and
 * the generated Java client returns a typed result wherever the operation returns a body.
 */
class ApiContractTest {

    /** Application module and the package of its generated client. */
    static Stream<String[]> services() {
        return Stream.of(new String[]{"pathway-service", "pathway"}, new String[]{"messaging-service", "messaging"},
                new String[]{"feedback-service", "feedback"}, new String[]{"metrics-service", "metrics"},
                new String[]{"gateway", "gateway"});
    }

    private static final Pattern CAMEL_CASE = Pattern.compile("[a-z][a-zA-Z0-9]*");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void everyOperationIsNamedSummarisedAndTyped(String module, String client) throws IOException {
        JsonNode document = document(module);
        List<String> defects = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        operations(document).forEach((where, operation) -> {
            String id = operation.path("operationId").asText("");
            if (!CAMEL_CASE.matcher(id).matches()) {
                defects.add(where + ": operationId '" + id + "' is not camelCase");
            } else if (!ids.add(id)) {
                defects.add(where + ": operationId " + id + " is used twice");
            }
            if (operation.path("summary").asText("").isBlank()) {
                defects.add(where + ": no summary");
            }
            if (operation.has("requestBody") && !hasExample(operation.path("requestBody"))) {
                defects.add(where + ": request body without an example");
            }
            operation.path("responses").fields().forEachRemaining(response -> {
                String code = response.getKey();
                JsonNode content = response.getValue().path("content");
                if (code.startsWith("2") && !code.equals("204") && !typed(content, document)) {
                    defects.add(where + " " + code + ": success body without a typed schema");
                }
                if (code.equals("201") && !hasExample(response.getValue())) {
                    defects.add(where + " 201: no example of what is created");
                }
                if ((code.startsWith("4") || code.startsWith("5")) && !problem(content, where)) {
                    defects.add(where + " " + code + ": error without a problem body");
                }
            });
            if (!operation.has("security") && !where.contains("/openapi")) {
                defects.add(where + ": no security requirement (roles)");
            }
        });
        assertThat(defects).as("defects of %s's OpenAPI document", module).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void documentNamesTheGatewayAndTheRealm(String module, String client) throws IOException {
        JsonNode document = document(module);
        assertThat(document.path("servers").path(0).path("url").asText()).startsWith("http");
        JsonNode scheme = document.path("components").path("securitySchemes").path("oidc");
        assertThat(scheme.path("type").asText()).isEqualTo("openIdConnect");
        assertThat(scheme.path("openIdConnectUrl").asText()).endsWith("/.well-known/openid-configuration");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void generatedJavaClientReturnsTypedResults(String module, String client) throws Exception {
        JsonNode document = document(module);
        Map<String, JsonNode> byId = new HashMap<>();
        operations(document).values().forEach(op -> byId.put(op.path("operationId").asText(), op));
        List<String> untyped = new ArrayList<>();
        Set<String> checked = new HashSet<>();
        for (Class<?> api : apiClasses(client)) {
            for (Method method : api.getDeclaredMethods()) {
                JsonNode operation = byId.get(method.getName());
                if (operation == null || !Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                checked.add(method.getName());
                if (returnsBody(operation) && untyped(method.getGenericReturnType())) {
                    untyped.add(api.getSimpleName() + "." + method.getName() + " returns "
                            + method.getGenericReturnType().getTypeName());
                }
            }
        }
        assertThat(checked).as("client methods found for %s's operations", module)
                .containsExactlyInAnyOrderElementsOf(byId.keySet());
        assertThat(untyped).as("generated client methods without a typed result").isEmpty();
    }

    static JsonNode document(String module) throws IOException {
        Path path = Path.of("..", module, "target", "openapi", "openapi.json");
        assertThat(path).as("the document %s's build stores", module).exists();
        return new ObjectMapper().readTree(Files.readString(path));
    }

    /** Every operation by "METHOD path". */
    static Map<String, JsonNode> operations(JsonNode document) {
        Map<String, JsonNode> operations = new java.util.LinkedHashMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                operations.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }));
        return operations;
    }

    private static boolean hasExample(JsonNode withContent) {
        Iterator<JsonNode> media = withContent.path("content").elements();
        while (media.hasNext()) {
            JsonNode type = media.next();
            if (type.has("example") || type.path("examples").size() > 0) {
                return true;
            }
        }
        return false;
    }

    /** Each media type has a schema a generator turns into a type: a reference, an array of one, or a scalar. */
    private static boolean typed(JsonNode content, JsonNode document) {
        if (content.isMissingNode() || content.size() == 0) {
            return false;
        }
        Iterator<JsonNode> media = content.elements();
        while (media.hasNext()) {
            if (!typedSchema(media.next().path("schema"), document)) {
                return false;
            }
        }
        return true;
    }

    private static boolean typedSchema(JsonNode schema, JsonNode document) {
        if (schema.has("$ref")) {
            return true;
        }
        String type = schema.path("type").asText("");
        return switch (type) {
            case "array" -> typedSchema(schema.path("items"), document);
            case "string", "integer", "number", "boolean" -> true;
            case "object" -> schema.path("properties").size() > 0;
            default -> false;
        };
    }

    private static boolean problem(JsonNode content, String where) {
        boolean fhir = where.contains(" /fhir/");
        String mediaType = fhir ? "application/fhir+json" : "application/problem+json";
        String ref = content.path(mediaType).path("schema").path("$ref").asText();
        // A problem with more members (such as opensOn) has a schema of its own.
        return fhir ? ref.equals("#/components/schemas/OperationOutcome") : ref.startsWith("#/components/schemas/");
    }

    private static boolean returnsBody(JsonNode operation) {
        Iterator<Map.Entry<String, JsonNode>> responses = operation.path("responses").fields();
        while (responses.hasNext()) {
            Map.Entry<String, JsonNode> response = responses.next();
            if (response.getKey().startsWith("2") && response.getValue().path("content").size() > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean untyped(Type type) {
        if (type == void.class || type == Void.class || type == Object.class) {
            return true;
        }
        if (type instanceof ParameterizedType parameterized) {
            return Arrays.stream(parameterized.getActualTypeArguments()).anyMatch(ApiContractTest::untyped);
        }
        return false;
    }

    private static List<Class<?>> apiClasses(String client) throws IOException, ClassNotFoundException {
        Path dir = Path.of("target", "generated-sources", "java-" + client, "src", "main", "java", "fi", "digipolku",
                "client", client, "api");
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith("Api.java")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".java", "");
                classes.add(Class.forName("fi.digipolku.client." + client + ".api." + name));
            }
        }
        assertThat(classes).as("generated API classes of %s", client).isNotEmpty();
        return classes;
    }
}
