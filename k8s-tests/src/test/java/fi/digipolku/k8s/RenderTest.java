package fi.digipolku.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Every overlay renders with kustomize into the objects the platform needs, in one namespace. */
class RenderTest {

    static List<String> overlays() {
        return Repo.overlays();
    }

    @Test
    void devAndProdOverlaysExist() {
        assertThat(Repo.overlays()).contains("dev", "prod");
    }

    @Test
    void baseRendersOnItsOwn() {
        assertThat(Kustomize.parse(Kustomize.build(Repo.k8s().resolve("base")))).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void rendersEveryPartOfThePlatform(String overlay) {
        Manifests m = Manifests.of(overlay);
        for (String kind : List.of("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget",
                "ServiceMonitor", "NetworkPolicy")) {
            assertThat(m.ofKind(kind)).as(overlay + " " + kind).extracting(Manifests::name)
                    .containsExactlyInAnyOrderElementsOf(Repo.APPS);
        }
        assertThat(m.ofKind("Ingress")).extracting(Manifests::name)
                .containsExactlyInAnyOrder("gateway", "gateway-sse", "keycloak");
        assertThat(m.ofKind("Cluster")).hasSize(1);
        assertThat(m.ofKind("Database")).extracting(d -> d.path("spec").path("name").asText())
                .containsExactlyInAnyOrder("pathway", "messaging", "feedback", "metrics", "keycloak");
        assertThat(m.ofKind("Kafka")).hasSize(1);
        assertThat(m.ofKind("KafkaNodePool")).isNotEmpty();
        assertThat(m.ofKind("KafkaTopic")).hasSize(3);
        assertThat(m.ofKind("Keycloak")).hasSize(1);
        assertThat(m.ofKind("KeycloakRealmImport")).hasSize(1);
        assertThat(m.ofKind("Namespace")).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everythingLivesInTheOverlaysNamespaceOnce(String overlay) {
        Manifests m = Manifests.of(overlay);
        String namespace = Manifests.name(m.ofKind("Namespace").get(0));
        Set<String> ids = new HashSet<>();
        for (ObjectNode object : m.objects()) {
            assertThat(ids.add(Manifests.id(object))).as("duplicate " + Manifests.id(object)).isTrue();
            if (!"Namespace".equals(object.path("kind").asText())) {
                assertThat(object.path("metadata").path("namespace").asText()).as(Manifests.id(object))
                        .isEqualTo(namespace);
            }
            assertThat(object.path("metadata").path("labels").path("app.kubernetes.io/part-of").asText())
                    .as(Manifests.id(object) + " part-of label").isEqualTo("digipolku");
        }
    }
}
