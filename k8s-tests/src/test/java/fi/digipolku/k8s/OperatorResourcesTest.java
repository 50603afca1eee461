package fi.digipolku.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The custom resources without a schema here (CloudNativePG Cluster and Database, Keycloak): they use only the
 * fields listed below, taken from the operators' API references, and set the ones the operators require. Using a
 * new field means adding it here after checking the operator's reference.
 */
class OperatorResourcesTest {

    private static final Map<String, Set<String>> SPEC_FIELDS = Map.of(
            "Cluster", Set.of("instances", "storage", "resources", "postgresql", "managed"),
            "Database", Set.of("cluster", "name", "owner", "ensure", "databaseReclaimPolicy"),
            "Keycloak", Set.of("instances", "db", "http", "hostname", "proxy", "ingress", "resources"));

    static List<String> overlays() {
        return Repo.overlays();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void unvalidatedResourcesUseKnownFieldsOnly(String overlay) {
        Manifests m = Manifests.of(overlay);
        SPEC_FIELDS.forEach((kind, fields) -> {
            for (ObjectNode object : m.ofKind(kind)) {
                object.fieldNames().forEachRemaining(
                        field -> assertThat(field).isIn("apiVersion", "kind", "metadata", "spec"));
                object.path("spec").fieldNames().forEachRemaining(
                        field -> assertThat(fields).as(Manifests.id(object) + " spec." + field).contains(field));
            }
        });
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void postgresClusterAndDatabasesHaveTheRequiredFields(String overlay) {
        Manifests m = Manifests.of(overlay);
        for (ObjectNode cluster : m.ofKind("Cluster")) {
            JsonNode spec = cluster.path("spec");
            assertThat(spec.path("instances").isInt() && spec.path("instances").asInt() >= 1).isTrue();
            assertThat(spec.path("storage").path("size").asText()).matches("\\d+[MGT]i");
            for (JsonNode role : spec.path("managed").path("roles")) {
                assertThat(role.path("name").asText()).matches("[a-z_][a-z0-9_]*");
                assertThat(role.path("ensure").asText()).isIn("present", "absent");
                assertThat(role.path("passwordSecret").path("name").asText()).isNotBlank();
            }
            spec.path("postgresql").path("parameters").forEach(v -> assertThat(v.isTextual()).isTrue());
        }
        for (ObjectNode database : m.ofKind("Database")) {
            JsonNode spec = database.path("spec");
            assertThat(spec.path("name").asText()).matches("[a-z_][a-z0-9_]*").isNotIn("postgres", "template0",
                    "template1");
            assertThat(spec.path("owner").asText()).isNotBlank();
            assertThat(spec.path("cluster").path("name").asText()).isNotBlank();
            assertThat(spec.path("databaseReclaimPolicy").asText("retain")).isIn("retain", "delete");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void keycloakHasTheRequiredFields(String overlay) {
        for (ObjectNode keycloak : Manifests.of(overlay).ofKind("Keycloak")) {
            JsonNode spec = keycloak.path("spec");
            assertThat(spec.path("instances").isInt() && spec.path("instances").asInt() >= 1).isTrue();
            assertThat(spec.path("db").path("vendor").asText()).isEqualTo("postgres");
            assertThat(spec.path("db").path("port").isInt()).isTrue();
            assertThat(spec.path("hostname").path("hostname").asText()).matches("https?://[a-z0-9.-]+");
            assertThat(spec.path("proxy").path("headers").asText()).isIn("xforwarded", "forwarded");
            assertThat(spec.path("http").path("httpEnabled").isBoolean()).isTrue();
            assertThat(spec.path("ingress").path("enabled").isBoolean()).isTrue();
        }
    }
}
