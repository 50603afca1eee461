package fi.digipolku.k8s;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.keycloak.representations.idm.RealmRepresentation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;

/**
 * Offline validation of rendered objects, each against the best description of its API available from Maven Central:
 * <ul>
 * <li>Kubernetes kinds and ServiceMonitor: read into the fabric8 model types (generated from the Kubernetes OpenAPI
 * document and from prometheus-operator's API); a field the type does not know, or a value of the wrong type, is an
 * error.</li>
 * <li>Strimzi kinds: JSON Schema validation against the openAPIV3Schema of Strimzi's own CustomResourceDefinitions
 * (io.strimzi:api, test jar), strict: unknown fields are errors, as with {@code kubectl apply}'s strict field
 * validation.</li>
 * <li>KeycloakRealmImport: {@code spec.realm} read strictly into Keycloak's RealmRepresentation.</li>
 * </ul>
 * CloudNativePG (Cluster, Database) and Keycloak have no schema here; {@link #UNVALIDATED} names them, and the
 * cross-reference tests check the fields the platform relies on.
 */
final class Schemas {

    /** Kinds whose schema is not available offline (no CRD in Maven Central or npm). */
    static final Set<String> UNVALIDATED = Set.of("postgresql.cnpg.io/v1/Cluster", "postgresql.cnpg.io/v1/Database",
            "k8s.keycloak.org/v2alpha1/Keycloak");

    private static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("monitoring.coreos.com/v1/ServiceMonitor", ServiceMonitor.class));

    /** The Strimzi API version the manifests use; its CRDs are in {@code crds/<version>/} of the test jar. */
    static final String STRIMZI_VERSION = "v1";

    private static final Map<String, String> STRIMZI_CRDS = Map.of(
            "Kafka", "040-Crd-kafka.yaml",
            "KafkaTopic", "043-Crd-kafkatopic.yaml",
            "KafkaNodePool", "045-Crd-kafkanodepool.yaml");

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private Schemas() {
    }

    /** The kinds this class validates, as apiVersion/kind. */
    static Set<String> validatedKinds() {
        Set<String> kinds = new TreeSet<>(MODELS.keySet());
        STRIMZI_CRDS.keySet().forEach(kind -> kinds.add("kafka.strimzi.io/" + STRIMZI_VERSION + "/" + kind));
        kinds.add("k8s.keycloak.org/v2alpha1/KeycloakRealmImport");
        return kinds;
    }

    static String typeOf(JsonNode object) {
        return object.path("apiVersion").asText() + "/" + object.path("kind").asText();
    }

    /** The problems found in one object; empty when it is valid (or of a kind listed in {@link #UNVALIDATED}). */
    static List<String> validate(JsonNode object) {
        String type = typeOf(object);
        if (MODELS.containsKey(type)) {
            return model(object, MODELS.get(type));
        }
        if (type.startsWith("kafka.strimzi.io/")) {
            return strimzi(object);
        }
        if (type.equals("k8s.keycloak.org/v2alpha1/KeycloakRealmImport")) {
            return realmImport(object);
        }
        if (UNVALIDATED.contains(type)) {
            return model(metadataOnly(object), ObjectMetaHolder.class);
        }
        return List.of("no schema for " + type + ": add one to Schemas or to Schemas.UNVALIDATED");
    }

    /** Reads the object into a fabric8 type and lists every field the type did not take. */
    static List<String> model(JsonNode object, Class<?> type) {
        Object value;
        try {
            value = STRICT.treeToValue(object, type);
        } catch (IOException | IllegalArgumentException e) {
            return List.of(e.getMessage().lines().findFirst().orElse(e.toString()));
        }
        List<String> problems = new ArrayList<>();
        unknownFields(value, "", problems);
        return problems;
    }

    /** Reads spec.realm into Keycloak's realm representation, refusing unknown properties. */
    static List<String> realmImport(JsonNode object) {
        List<String> problems = new ArrayList<>(model(metadataOnly(object), ObjectMetaHolder.class));
        JsonNode spec = object.path("spec");
        Set<String> known = Set.of("keycloakCRName", "realm", "placeholders");
        spec.fieldNames().forEachRemaining(field -> {
            if (!known.contains(field)) {
                problems.add("spec." + field + ": unknown field");
            }
        });
        if (!spec.path("keycloakCRName").isTextual()) {
            problems.add("spec.keycloakCRName: required string");
        }
        try {
            STRICT.treeToValue(spec.path("realm"), RealmRepresentation.class);
        } catch (IOException | IllegalArgumentException e) {
            problems.add("spec.realm: " + e.getMessage().lines().findFirst().orElse(e.toString()));
        }
        return problems;
    }

    /** Validates a Strimzi resource against the served version of its CRD, strictly. */
    static List<String> strimzi(JsonNode object) {
        String kind = object.path("kind").asText();
        String version = object.path("apiVersion").asText().substring("kafka.strimzi.io/".length());
        String crdFile = STRIMZI_CRDS.get(kind);
        if (crdFile == null) {
            return List.of("no Strimzi CRD known for " + kind);
        }
        JsonSchema schema;
        try {
            schema = SCHEMAS.computeIfAbsent(kind + "/" + version,
                    k -> crdSchema("crds/" + version + "/" + crdFile, kind, version));
        } catch (IllegalStateException e) {
            return List.of(e.getMessage());
        }
        List<String> problems = new ArrayList<>(model(metadataOnly(object), ObjectMetaHolder.class));
        for (ValidationMessage message : schema.validate(withoutMetadata(object))) {
            problems.add(message.getMessage());
        }
        return problems;
    }

    /** The schema of one version of a CRD on the classpath, made strict. */
    static JsonSchema crdSchema(String resource, String kind, String version) {
        JsonNode crd;
        try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("CRD " + resource + " not on the classpath");
            }
            crd = Kustomize.YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!kind.equals(crd.path("spec").path("names").path("kind").asText())) {
            throw new IllegalStateException(resource + " does not define " + kind);
        }
        for (JsonNode v : crd.path("spec").path("versions")) {
            if (version.equals(v.path("name").asText())) {
                if (!v.path("served").asBoolean()) {
                    throw new IllegalStateException(kind + " " + version + " is not served");
                }
                JsonNode schema = strict(v.path("schema").path("openAPIV3Schema").deepCopy());
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema);
            }
        }
        throw new IllegalStateException(kind + " has no version " + version);
    }

    /**
     * Turns a structural OpenAPI v3 schema into a JSON Schema that refuses what the API server would prune or refuse:
     * an object with declared properties gets additionalProperties false unless it preserves unknown fields, and
     * nullable types accept null.
     */
    static JsonNode strict(JsonNode node) {
        if (node instanceof ObjectNode schema) {
            if (schema.path("nullable").asBoolean() && schema.path("type").isTextual()) {
                ArrayNode types = schema.arrayNode().add(schema.path("type").asText()).add("null");
                schema.set("type", types);
            }
            schema.remove("nullable");
            if (schema.has("properties") && !schema.has("additionalProperties")
                    && !schema.path("x-kubernetes-preserve-unknown-fields").asBoolean()) {
                schema.put("additionalProperties", false);
            }
            schema.fields().forEachRemaining(e -> strict(e.getValue()));
        } else if (node instanceof ArrayNode array) {
            array.forEach(Schemas::strict);
        }
        return node;
    }

    private static JsonNode withoutMetadata(JsonNode object) {
        ObjectNode copy = object.deepCopy();
        copy.remove("metadata");
        return copy;
    }

    /** The object's metadata alone, to be read as ObjectMeta (the CRDs leave metadata to the API server). */
    private static JsonNode metadataOnly(JsonNode object) {
        ObjectNode holder = STRICT.createObjectNode();
        holder.set("metadata", object.path("metadata").isObject() ? object.path("metadata") : new TextNode(""));
        return holder;
    }

    /** A custom resource's metadata, checked as the Kubernetes ObjectMeta it is. */
    static final class ObjectMetaHolder {
        public ObjectMeta metadata;
    }

    /** Walks a fabric8 object graph and records every field it kept as an additional (unknown) property. */
    private static void unknownFields(Object value, String path, List<String> problems) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?>) {
            return;
        }
        if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object item : collection) {
                unknownFields(item, path + "[" + i++ + "]", problems);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, problems));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.") && value.getClass() != ObjectMetaHolder.class) {
            return;
        }
        if (value instanceof ObjectMetaHolder holder) {
            unknownFields(holder.metadata, "metadata", problems);
            return;
        }
        for (Method method : value.getClass().getMethods()) {
            if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())
                    || !method.getName().startsWith("get") || method.getName().equals("getClass")) {
                continue;
            }
            Object child;
            try {
                child = method.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            String field = Character.toLowerCase(method.getName().charAt(3)) + method.getName().substring(4);
            if (method.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(k -> problems.add((path.isEmpty() ? "" : path + ".") + k
                            + ": unknown field"));
                }
                continue;
            }
            unknownFields(child, path.isEmpty() ? field : path + "." + field, problems);
        }
    }
}
