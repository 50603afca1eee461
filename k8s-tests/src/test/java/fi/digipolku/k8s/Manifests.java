package fi.digipolku.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The rendered objects of one overlay, with the look-ups the tests share. */
record Manifests(String overlay, List<ObjectNode> objects) {

    static Manifests of(String overlay) {
        return new Manifests(overlay, Kustomize.overlay(overlay));
    }

    List<ObjectNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    Optional<ObjectNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(o -> name.equals(name(o))).findFirst();
    }

    ObjectNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(overlay + ": no " + kind + " " + name));
    }

    /** The Deployment of an application (named after its module). */
    ObjectNode deployment(String app) {
        return get("Deployment", app);
    }

    /** The first container of an application's pod template. */
    static JsonNode container(ObjectNode deployment) {
        return deployment.path("spec").path("template").path("spec").path("containers").path(0);
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static String id(JsonNode object) {
        return object.path("kind").asText() + "/" + name(object);
    }

    static Map<String, String> labels(JsonNode labels) {
        Map<String, String> map = new TreeMap<>();
        labels.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    static Map<String, String> podLabels(JsonNode deployment) {
        return labels(deployment.path("spec").path("template").path("metadata").path("labels"));
    }

    /** Whether a label selector ({matchLabels, matchExpressions} or a plain map) selects these labels. */
    static boolean selects(JsonNode selector, Map<String, String> labels) {
        JsonNode matchLabels = selector.has("matchLabels") || selector.has("matchExpressions")
                ? selector.path("matchLabels")
                : selector;
        for (Map.Entry<String, String> wanted : labels(matchLabels).entrySet()) {
            if (!wanted.getValue().equals(labels.get(wanted.getKey()))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String key = expression.path("key").asText();
            List<String> values = new ArrayList<>();
            expression.path("values").forEach(v -> values.add(v.asText()));
            boolean ok = switch (expression.path("operator").asText()) {
                case "In" -> values.contains(labels.get(key));
                case "NotIn" -> !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Whether the selector has at least one requirement (an empty selector selects everything). */
    static boolean constrains(JsonNode selector) {
        return selector.path("matchLabels").size() > 0 || selector.path("matchExpressions").size() > 0;
    }
}
