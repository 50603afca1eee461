package fi.digipolku.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The validators refuse what the API server (or Keycloak's import) would refuse. */
class SchemasTest {

    private static ObjectNode yaml(String text) {
        return (ObjectNode) Kustomize.parse(text).get(0);
    }

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: x
            spec:
              selector:
                matchLabels: {app: x}
              template:
                metadata:
                  labels: {app: x}
                spec:
                  containers:
                    - name: x
                      image: x
                      ports:
                        - containerPort: 8080
            """;

    private static final String TOPIC = """
            apiVersion: kafka.strimzi.io/v1
            kind: KafkaTopic
            metadata:
              name: t
              labels: {strimzi.io/cluster: k}
            spec:
              partitions: 3
              replicas: 1
            """;

    @Test
    void aValidDeploymentPasses() {
        assertThat(Schemas.validate(yaml(DEPLOYMENT))).isEmpty();
    }

    @Test
    void anUnknownKubernetesFieldIsAnError() {
        String misspelt = DEPLOYMENT.replace("containerPort: 8080", "containerPort: 8080\n          protocl: TCP");
        assertThat(Schemas.validate(yaml(misspelt))).anySatisfy(p -> assertThat(p).contains("protocl"));
    }

    @Test
    void aKubernetesValueOfTheWrongTypeIsAnError() {
        assertThat(Schemas.validate(yaml(DEPLOYMENT.replace("containerPort: 8080", "containerPort: [8080]"))))
                .isNotEmpty();
    }

    @Test
    void anUnknownMetadataFieldIsAnError() {
        assertThat(Schemas.validate(yaml(TOPIC.replace("  name: t", "  name: t\n  lables: {}"))))
                .anySatisfy(p -> assertThat(p).contains("lables"));
    }

    @Test
    void strimziResourcesFollowTheirCrd() {
        assertThat(Schemas.validate(yaml(TOPIC))).isEmpty();
        assertThat(Schemas.validate(yaml(TOPIC.replace("partitions: 3", "partitions: three")))).isNotEmpty();
        assertThat(Schemas.validate(yaml(TOPIC.replace("replicas: 1", "replicas: 1\n  retention: 1d"))))
                .anySatisfy(p -> assertThat(p).contains("retention"));
    }

    @Test
    void anUnservedStrimziVersionIsAnError() {
        assertThat(Schemas.validate(yaml(TOPIC.replace("strimzi.io/v1", "strimzi.io/v9")))).isNotEmpty();
    }

    @Test
    void serviceMonitorsFollowThePrometheusOperatorApi() {
        String monitor = """
                apiVersion: monitoring.coreos.com/v1
                kind: ServiceMonitor
                metadata:
                  name: m
                spec:
                  selector:
                    matchLabels: {app: x}
                  endpoints:
                    - port: http
                      path: /q/metrics
                """;
        assertThat(Schemas.validate(yaml(monitor))).isEmpty();
        assertThat(Schemas.validate(yaml(monitor.replace("path: /q/metrics", "metricsPath: /q/metrics"))))
                .anySatisfy(p -> assertThat(p).contains("metricsPath"));
    }

    @Test
    void aRealmImportRefusesUnknownRealmProperties() {
        String realmImport = """
                apiVersion: k8s.keycloak.org/v2alpha1
                kind: KeycloakRealmImport
                metadata:
                  name: r
                spec:
                  keycloakCRName: keycloak
                  realm:
                    realm: r
                    enabled: true
                """;
        assertThat(Schemas.validate(yaml(realmImport))).isEmpty();
        assertThat(Schemas.validate(yaml(realmImport.replace("enabled: true", "enabeld: true")))).isNotEmpty();
        assertThat(Schemas.validate(yaml(realmImport.replace("keycloakCRName", "keycloakName")))).isNotEmpty();
    }

    @Test
    void anUnknownKindIsAnError() {
        JsonNode object = yaml("apiVersion: example.org/v1\nkind: Thing\nmetadata:\n  name: t\n");
        assertThat(Schemas.validate(object)).isNotEmpty();
    }
}
