package fi.digipolku.k8s;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * Files under k8s/ made from other files of the repository, which kustomize cannot read itself:
 * <ul>
 * <li>the KeycloakRealmImport of each overlay, from stack/keycloak/digipolku-realm.json (the local stack's realm):
 * dev imports it unchanged; prod leaves out the demo users and takes the confidential clients' secrets and the
 * portal's address from the Secret digipolku-realm-import (operator placeholders);</li>
 * <li>one Grafana dashboard ConfigMap per metrics-service/grafana/*.json (kustomize's generators take listed files
 * inside the kustomization only, no patterns).</li>
 * </ul>
 * {@link #main} writes them (the build does, outside CI); GeneratedFilesTest fails when one is out of date.
 */
public final class GeneratedFiles {

    static final String REALM_FILE = "stack/keycloak/digipolku-realm.json";
    static final String DASHBOARD_DIR = "metrics-service/grafana";
    static final String DASHBOARDS_FILE = "k8s/base/monitoring/grafana-dashboards.yaml";
    static final String PLACEHOLDER_SECRET = "digipolku-realm-import";
    static final String PORTAL_URL = "DIGIPOLKU_PORTAL_URL";
    static final String REGENERATE = "./mvnw -q -pl k8s-tests verify rewrites it (outside CI)";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR));

    private GeneratedFiles() {
    }

    /** A file as it should be, relative to the repository root. */
    record Generated(String path, String content) {
    }

    /** Writes every generated file that differs from what it should be. Argument: the repository root. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        for (Generated file : all(root)) {
            Path target = root.resolve(file.path());
            String current = Files.exists(target) ? Files.readString(target, StandardCharsets.UTF_8) : null;
            if (!file.content().equals(current)) {
                Files.writeString(target, file.content(), StandardCharsets.UTF_8);
                System.out.println("[k8s] wrote " + file.path());
            }
        }
    }

    static List<Generated> all(Path root) {
        ObjectNode realm = realm(root);
        return List.of(
                new Generated("k8s/overlays/dev/keycloak-realm-import.yaml",
                        yaml("Generated from " + REALM_FILE + " (unchanged: demo users included).\nDo not edit: "
                                + REGENERATE + ".",
                                List.of(realmImport(realm, null)))),
                new Generated("k8s/overlays/prod/keycloak-realm-import.yaml",
                        yaml("Generated from " + REALM_FILE + " without the demo users; client secrets and the portal's"
                                + "\naddress come from the Secret " + PLACEHOLDER_SECRET + ".\nDo not edit: "
                                + REGENERATE + ".",
                                List.of(realmImport(prodRealm(realm), PLACEHOLDER_SECRET)))),
                new Generated(DASHBOARDS_FILE, dashboards(root)));
    }

    static ObjectNode realm(Path root) {
        try {
            return (ObjectNode) JSON.readTree(root.resolve(REALM_FILE).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The placeholder a confidential client's secret becomes in prod, e.g. DIGIPOLKU_INTEGRATOR_SECRET. */
    static String secretPlaceholder(String clientId) {
        return clientId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_SECRET";
    }

    /** The key of the placeholder Secret holding a client's secret, e.g. integrator-client-secret. */
    static String secretKey(String clientId) {
        return clientId.replaceFirst("^digipolku-", "") + "-client-secret";
    }

    /**
     * The realm for production: only the service-account users (they carry the integrators' roles), each
     * confidential client's secret as an operator placeholder, and the portal's address instead of the local ones.
     */
    static ObjectNode prodRealm(ObjectNode source) {
        ObjectNode realm = source.deepCopy();
        ArrayNode users = realm.putArray("users");
        source.path("users").forEach(user -> {
            if (user.hasNonNull("serviceAccountClientId")) {
                users.add(user.deepCopy());
            }
        });
        String portal = "${" + PORTAL_URL + "}";
        for (JsonNode node : realm.path("clients")) {
            ObjectNode client = (ObjectNode) node;
            if (client.hasNonNull("secret")) {
                client.put("secret", "${" + secretPlaceholder(client.path("clientId").asText()) + "}");
            }
            if (client.path("redirectUris").size() > 0) {
                client.putArray("redirectUris").add(portal + "/*");
            }
            if (client.path("webOrigins").size() > 0) {
                client.putArray("webOrigins").add(portal);
            }
            if (client.path("attributes").has("post.logout.redirect.uris")) {
                ((ObjectNode) client.path("attributes")).put("post.logout.redirect.uris", portal + "/*");
            }
        }
        return realm;
    }

    static ObjectNode realmImport(ObjectNode realm, String placeholderSecret) {
        ObjectNode object = JSON.createObjectNode();
        object.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        object.put("kind", "KeycloakRealmImport");
        ObjectNode metadata = object.putObject("metadata");
        metadata.put("name", realm.path("realm").asText());
        metadata.putObject("labels").put("app.kubernetes.io/part-of", "digipolku");
        ObjectNode spec = object.putObject("spec");
        spec.put("keycloakCRName", "keycloak");
        if (placeholderSecret != null) {
            ObjectNode placeholders = spec.putObject("placeholders");
            for (JsonNode client : realm.path("clients")) {
                String clientId = client.path("clientId").asText();
                if (client.hasNonNull("secret")) {
                    placeholder(placeholders, secretPlaceholder(clientId), placeholderSecret, secretKey(clientId));
                }
            }
            placeholder(placeholders, PORTAL_URL, placeholderSecret, "portal-url");
        }
        spec.set("realm", realm);
        return object;
    }

    private static void placeholder(ObjectNode placeholders, String name, String secret, String key) {
        ObjectNode ref = placeholders.putObject(name).putObject("secret");
        ref.put("name", secret);
        ref.put("key", key);
    }

    /** The dashboard files, sorted by name; none when the directory is missing. */
    static List<Path> dashboardFiles(Path root) {
        Path dir = root.resolve(DASHBOARD_DIR);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ConfigMap name of a dashboard file: grafana-dashboard-<file name as a DNS label>. */
    static String dashboardConfigMap(Path file) {
        String base = file.getFileName().toString().replaceFirst("\\.json$", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "grafana-dashboard-" + base;
    }

    static String dashboards(Path root) {
        List<Path> files = dashboardFiles(root);
        String header = "Generated from " + DASHBOARD_DIR + "/*.json, one ConfigMap per dashboard for Grafana's"
                + " dashboard sidecar.\nDo not edit: " + REGENERATE + ".";
        if (files.isEmpty()) {
            return comment(header) + "# No dashboards yet.\n";
        }
        List<JsonNode> configMaps = new ArrayList<>();
        for (Path file : files) {
            String content = read(file);
            try {
                JSON.readTree(content);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(root.relativize(file) + " is not valid JSON: " + e.getMessage());
            }
            ObjectNode configMap = JSON.createObjectNode();
            configMap.put("apiVersion", "v1");
            configMap.put("kind", "ConfigMap");
            ObjectNode metadata = configMap.putObject("metadata");
            metadata.put("name", dashboardConfigMap(file));
            ObjectNode labels = metadata.putObject("labels");
            labels.put("app.kubernetes.io/part-of", "digipolku");
            labels.put("grafana_dashboard", "1");
            metadata.putObject("annotations").put("grafana_folder", "Digipolku");
            configMap.putObject("data").put(file.getFileName().toString(), content);
            configMaps.add(configMap);
        }
        return yaml(header, configMaps);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String comment(String text) {
        StringBuilder out = new StringBuilder();
        text.lines().forEach(line -> out.append("# ").append(line).append('\n'));
        return out.toString();
    }

    private static String yaml(String header, List<? extends JsonNode> documents) {
        StringWriter out = new StringWriter();
        out.write(comment(header));
        boolean first = true;
        for (JsonNode document : documents) {
            if (!first) {
                out.write("---\n");
            }
            first = false;
            try {
                out.write(YAML.writeValueAsString(document));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out.toString();
    }
}
