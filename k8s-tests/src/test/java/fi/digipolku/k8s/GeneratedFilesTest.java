package fi.digipolku.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The files generated from the realm and the dashboards are up to date, and what the overlays import is the local
 * stack's realm (dev) or that realm without its demo users and local secrets (prod).
 */
class GeneratedFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> generatedFilesAreUpToDate() {
        return GeneratedFiles.all(Repo.ROOT).stream().map(file -> DynamicTest.dynamicTest(file.path(), () -> {
            Path path = Repo.ROOT.resolve(file.path());
            assertThat(Files.exists(path)).as(file.path() + " exists; " + GeneratedFiles.REGENERATE).isTrue();
            assertThat(Repo.read(path)).as(file.path() + " is out of date; " + GeneratedFiles.REGENERATE)
                    .isEqualTo(file.content());
        }));
    }

    @Test
    void devImportsTheLocalStacksRealmUnchanged() {
        JsonNode imported = Manifests.of("dev").ofKind("KeycloakRealmImport").get(0).path("spec").path("realm");
        assertThat(imported).isEqualTo(GeneratedFiles.realm(Repo.ROOT));
    }

    @Test
    void prodImportsTheRealmWithoutDemoUsersOrLocalSecrets() {
        ObjectNode realm = GeneratedFiles.realm(Repo.ROOT);
        ObjectNode realmImport = Manifests.of("prod").ofKind("KeycloakRealmImport").get(0);
        JsonNode imported = realmImport.path("spec").path("realm");

        Set<String> fields = new HashSet<>();
        realm.fieldNames().forEachRemaining(fields::add);
        for (String field : fields) {
            if (!field.equals("users") && !field.equals("clients")) {
                assertThat(imported.path(field)).as("realm." + field).isEqualTo(realm.path(field));
            }
        }
        assertThat(imported.size()).isEqualTo(realm.size());
        assertThat(imported.path("users")).isNotEmpty();
        for (JsonNode user : imported.path("users")) {
            assertThat(user.hasNonNull("serviceAccountClientId")).as(user.path("username").asText()).isTrue();
            assertThat(user.has("credentials")).isFalse();
        }
        int serviceAccounts = 0;
        for (JsonNode user : realm.path("users")) {
            serviceAccounts += user.hasNonNull("serviceAccountClientId") ? 1 : 0;
        }
        assertThat(imported.path("users")).hasSize(serviceAccounts);
        assertThat(imported.path("clients")).hasSameSizeAs(realm.path("clients"));
        for (int i = 0; i < realm.path("clients").size(); i++) {
            JsonNode local = realm.path("clients").path(i);
            JsonNode prod = imported.path("clients").path(i);
            assertThat(prod.path("clientId")).isEqualTo(local.path("clientId"));
            if (local.hasNonNull("secret")) {
                assertThat(prod.path("secret").asText()).startsWith("${").endsWith("_SECRET}");
            }
            ObjectNode sameApartFromAddresses = ((ObjectNode) prod.deepCopy());
            ObjectNode localCopy = ((ObjectNode) local.deepCopy());
            for (ObjectNode c : List.of(sameApartFromAddresses, localCopy)) {
                c.remove(List.of("secret", "redirectUris", "webOrigins"));
                if (c.path("attributes").isObject()) {
                    ((ObjectNode) c.path("attributes")).remove("post.logout.redirect.uris");
                }
            }
            assertThat(sameApartFromAddresses).as(local.path("clientId").asText()).isEqualTo(localCopy);
        }
        String rendered = imported.toString();
        assertThat(rendered).doesNotContain("localhost", "127.0.0.1", "\"password\"");
        for (JsonNode client : realm.path("clients")) {
            if (client.hasNonNull("secret")) {
                assertThat(rendered).doesNotContain("\"" + client.path("secret").asText() + "\"");
            }
        }
    }

    @Test
    void everyProdPlaceholderComesFromADocumentedSecret() {
        ObjectNode realmImport = Manifests.of("prod").ofKind("KeycloakRealmImport").get(0);
        Set<String> used = new HashSet<>();
        Matcher m = Pattern.compile("\\$\\{([A-Z0-9_]+)}").matcher(realmImport.path("spec").path("realm").toString());
        while (m.find()) {
            used.add(m.group(1));
        }
        Set<String> declared = new HashSet<>();
        realmImport.path("spec").path("placeholders").fieldNames().forEachRemaining(declared::add);
        assertThat(declared).isEqualTo(used);
        for (Iterator<JsonNode> it = realmImport.path("spec").path("placeholders").elements(); it.hasNext();) {
            JsonNode secret = it.next().path("secret");
            assertThat(External.CREATED_FOR_PROD).anySatisfy(s -> {
                assertThat(s.name()).isEqualTo(secret.path("name").asText());
                assertThat(s.keys()).contains(secret.path("key").asText());
            });
        }
    }

    @TestFactory
    Stream<DynamicTest> dashboardsAreValidJsonInLabelledConfigMaps() {
        List<Path> files = GeneratedFiles.dashboardFiles(Repo.ROOT);
        Stream<DynamicTest> count = Repo.overlays().stream()
                .map(overlay -> DynamicTest.dynamicTest(overlay + ": one ConfigMap per dashboard", () -> {
                    long labelled = Manifests.of(overlay).ofKind("ConfigMap").stream()
                            .filter(c -> "1".equals(c.path("metadata").path("labels").path("grafana_dashboard")
                                    .asText()))
                            .count();
                    assertThat(labelled).isEqualTo(files.size());
                }));
        Set<String> uids = new HashSet<>();
        Stream<DynamicTest> each = files.stream().map(file -> DynamicTest.dynamicTest(
                Repo.ROOT.relativize(file).toString(), () -> {
                    JsonNode dashboard = JSON.readTree(Repo.read(file));
                    assertThat(dashboard.isObject()).as(file + " is a JSON object").isTrue();
                    if (dashboard.hasNonNull("uid")) {
                        assertThat(uids.add(dashboard.path("uid").asText())).as("unique uid").isTrue();
                    }
                    for (String overlay : Repo.overlays()) {
                        ObjectNode configMap = Manifests.of(overlay)
                                .get("ConfigMap", GeneratedFiles.dashboardConfigMap(file));
                        assertThat(configMap.path("metadata").path("labels").path("grafana_dashboard").asText())
                                .isEqualTo("1");
                        JsonNode data = configMap.path("data").path(file.getFileName().toString());
                        assertThat(JSON.readTree(data.asText())).isEqualTo(dashboard);
                        assertThat(data.asText().length()).as("fits a ConfigMap").isLessThan(900_000);
                    }
                }));
        return Stream.concat(count, each);
    }
}
