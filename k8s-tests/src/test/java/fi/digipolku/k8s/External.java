package fi.digipolku.k8s;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the manifests may refer to without defining it: Secrets that the operators' software creates, Secrets that the
 * cluster's operator creates by hand (documented in k8s/README.md), and the labels of pods the operators run.
 */
final class External {

    private External() {
    }

    /** A Secret someone else creates, with the keys it has. */
    record ProvidedSecret(String name, Set<String> keys, String by) {
    }

    /**
     * Secrets an operator creates from the custom resources in the render: CloudNativePG {@code <cluster>-app} (the
     * bootstrap database's owner) and {@code <cluster>-ca}, Strimzi {@code <kafka>-cluster-ca-cert}, the Keycloak
     * operator {@code <keycloak>-initial-admin}.
     */
    static List<ProvidedSecret> createdByOperators(Manifests m) {
        List<ProvidedSecret> secrets = new ArrayList<>();
        for (ObjectNode cluster : m.ofKind("Cluster")) {
            String name = Manifests.name(cluster);
            secrets.add(new ProvidedSecret(name + "-app",
                    Set.of("username", "password", "host", "port", "dbname", "uri", "jdbc-uri"), "CloudNativePG"));
            secrets.add(new ProvidedSecret(name + "-ca", Set.of("ca.crt", "ca.key"), "CloudNativePG"));
        }
        for (ObjectNode kafka : m.ofKind("Kafka")) {
            secrets.add(new ProvidedSecret(Manifests.name(kafka) + "-cluster-ca-cert",
                    Set.of("ca.crt", "ca.p12", "ca.password"), "Strimzi"));
        }
        for (ObjectNode keycloak : m.ofKind("Keycloak")) {
            secrets.add(new ProvidedSecret(Manifests.name(keycloak) + "-initial-admin", Set.of("username", "password"),
                    "Keycloak operator"));
        }
        return secrets;
    }

    /** Secrets the cluster's operator creates before deploying prod (k8s/README.md, "Secrets"). */
    static final List<ProvidedSecret> CREATED_FOR_PROD = List.of(
            new ProvidedSecret("digipolku-db-pathway", Set.of("username", "password"), "cluster operator"),
            new ProvidedSecret("digipolku-db-messaging", Set.of("username", "password"), "cluster operator"),
            new ProvidedSecret("digipolku-db-feedback", Set.of("username", "password"), "cluster operator"),
            new ProvidedSecret("digipolku-db-metrics", Set.of("username", "password"), "cluster operator"),
            new ProvidedSecret("digipolku-db-keycloak", Set.of("username", "password"), "cluster operator"),
            new ProvidedSecret("digipolku-realm-import", Set.of("integrator-client-secret", "portal-url"),
                    "cluster operator"),
            new ProvidedSecret("digipolku-pathway-identity", Set.of("identity-key"), "cluster operator"),
            new ProvidedSecret("digipolku-feedback-pool", Set.of("pool-key"), "cluster operator"),
            new ProvidedSecret("digipolku-tls", Set.of("tls.crt", "tls.key"), "cluster operator or cert-manager"),
            new ProvidedSecret("digipolku-auth-tls", Set.of("tls.crt", "tls.key"), "cluster operator or cert-manager"));

    /** Secrets created by hand for an overlay; dev generates all of its own. */
    static List<ProvidedSecret> createdByHand(String overlay) {
        return "prod".equals(overlay) ? CREATED_FOR_PROD : List.of();
    }

    /** Services the operators create: the Keycloak operator's {@code <keycloak>-service} with its HTTP port. */
    static Map<String, Integer> servicesCreatedByOperators(Manifests m) {
        Map<String, Integer> services = new HashMap<>();
        for (ObjectNode keycloak : m.ofKind("Keycloak")) {
            services.put(Manifests.name(keycloak) + "-service", 8080);
        }
        return services;
    }

    /**
     * Labels of the pods operators run for the custom resources in the render (each set is what the operator puts on
     * every such pod): PostgreSQL instances, Kafka brokers (nodes of a pool with the broker role), Keycloak.
     */
    static List<Map<String, String>> operatorPodLabels(Manifests m) {
        List<Map<String, String>> pods = new ArrayList<>();
        for (ObjectNode cluster : m.ofKind("Cluster")) {
            pods.add(Map.of("cnpg.io/cluster", Manifests.name(cluster), "cnpg.io/podRole", "instance"));
        }
        for (ObjectNode pool : m.ofKind("KafkaNodePool")) {
            String cluster = pool.path("metadata").path("labels").path("strimzi.io/cluster").asText();
            boolean broker = false;
            for (var role : pool.path("spec").path("roles")) {
                broker |= "broker".equals(role.asText());
            }
            pods.add(Map.of("strimzi.io/cluster", cluster, "strimzi.io/kind", "Kafka", "strimzi.io/pool-name",
                    Manifests.name(pool), "strimzi.io/broker-role", String.valueOf(broker)));
        }
        for (ObjectNode keycloak : m.ofKind("Keycloak")) {
            pods.add(Map.of("app", "keycloak", "app.kubernetes.io/instance", Manifests.name(keycloak),
                    "app.kubernetes.io/managed-by", "keycloak-operator"));
        }
        return pods;
    }

    /** Namespaces other than the platform's own that may reach or be reached by its pods. */
    static final Set<String> PEER_NAMESPACES = Set.of("ingress-nginx", "monitoring", "kube-system");
}
