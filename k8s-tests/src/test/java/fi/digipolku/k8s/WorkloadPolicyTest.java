package fi.digipolku.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** How the applications run: non-root, read-only, sized, with the images each overlay expects, no real secrets. */
class WorkloadPolicyTest {

    static List<String> overlays() {
        return Repo.overlays();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void applicationsRunUnprivilegedOnAReadOnlyRootFilesystem(String overlay) {
        Manifests m = Manifests.of(overlay);
        for (String app : Repo.APPS) {
            JsonNode pod = m.deployment(app).path("spec").path("template").path("spec");
            assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).as(app).isFalse();
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).as(app).isTrue();
            assertThat(pod.path("securityContext").path("runAsUser").asInt()).as(app).isPositive();
            assertThat(pod.path("securityContext").path("seccompProfile").path("type").asText())
                    .isEqualTo("RuntimeDefault");
            assertThat(pod.path("containers")).as(app + " containers").hasSize(1);
            JsonNode container = Manifests.container(m.deployment(app));
            JsonNode security = container.path("securityContext");
            assertThat(security.path("runAsNonRoot").asBoolean()).as(app).isTrue();
            assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).as(app).isFalse();
            assertThat(security.path("readOnlyRootFilesystem").asBoolean()).as(app).isTrue();
            assertThat(security.path("privileged").asBoolean(false)).as(app).isFalse();
            assertThat(security.path("capabilities").path("drop").toString()).as(app).isEqualTo("[\"ALL\"]");
            assertThat(security.path("capabilities").has("add")).isFalse();
            String tmpVolume = null;
            for (JsonNode mount : container.path("volumeMounts")) {
                if (mount.path("mountPath").asText().equals("/tmp")) {
                    tmpVolume = mount.path("name").asText();
                }
            }
            assertThat(tmpVolume).as(app + " mounts a writable /tmp").isNotNull();
            for (JsonNode volume : pod.path("volumes")) {
                if (volume.path("name").asText().equals(tmpVolume)) {
                    assertThat(volume.has("emptyDir")).as(app + " /tmp is an emptyDir").isTrue();
                    assertThat(volume.path("emptyDir").path("sizeLimit").asText()).isNotBlank();
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void applicationsHaveRequestsLimitsAndAJvmSizedFromTheContainer(String overlay) {
        Manifests m = Manifests.of(overlay);
        for (String app : Repo.APPS) {
            JsonNode container = Manifests.container(m.deployment(app));
            for (String bound : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    assertThat(container.path("resources").path(bound).path(resource).asText())
                            .as(app + " " + bound + "." + resource).isNotBlank();
                }
            }
            String javaOptions = null;
            for (JsonNode var : container.path("env")) {
                if (var.path("name").asText().equals("JAVA_TOOL_OPTIONS")) {
                    javaOptions = var.path("value").asText();
                }
            }
            assertThat(javaOptions).as(app).isEqualTo("-XX:MaxRAMPercentage=75");
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertThat(container.has(probe)).as(app + " " + probe).isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void imagesAreTheOnesTheBuildProduces(String overlay) {
        Manifests m = Manifests.of(overlay);
        String version = Repo.projectVersion();
        for (String app : Repo.APPS) {
            String image = Manifests.container(m.deployment(app)).path("image").asText();
            if ("prod".equals(overlay)) {
                assertThat(image).as(app).matches("[a-z0-9.-]+\\.[a-z]+(:\\d+)?/.+/" + app + ":[\\w.-]+")
                        .doesNotEndWith(":latest");
            } else {
                assertThat(image).as(app).isEqualTo("digipolku/" + app + ":" + version);
            }
        }
        String pom = Repo.read(Repo.ROOT.resolve("pom.xml"));
        assertThat(pom).as("Jib names images <repository>/<module>")
                .contains("<image>${images.repository}/${project.artifactId}:${project.version}</image>")
                .contains("<images.repository>digipolku</images.repository>");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void onlyTheDevOverlayGeneratesSecretsAndOnlyWithLocalPasswords(String overlay) {
        Manifests m = Manifests.of(overlay);
        if ("prod".equals(overlay)) {
            assertThat(m.ofKind("Secret")).as("prod commits no Secret").isEmpty();
            return;
        }
        for (ObjectNode secret : m.ofKind("Secret")) {
            String keyName = secret.path("data").has("identity-key") ? "identity-key" : "pool-key";
            if (secret.path("data").has(keyName)) {
                String key = new String(Base64.getDecoder().decode(Base64.getDecoder().decode(
                        secret.path("data").path(keyName).asText())), StandardCharsets.UTF_8);
                assertThat(key).as(Manifests.id(secret) + " is obviously for development").contains("dev-only");
                continue;
            }
            String password = new String(Base64.getDecoder().decode(
                    secret.path("data").path("password").asText()), StandardCharsets.UTF_8);
            assertThat(password).as(Manifests.id(secret) + " is obviously local").endsWith("-local");
        }
    }
}
