package fi.digipolku.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The rendered objects fit together and fit the applications: selectors find pods, ports and probe paths are the
 * applications' own, every referenced ConfigMap and Secret (and key) exists or is provided by someone named in
 * {@link External}, and the configuration reaches the keys the applications read.
 */
class CrossReferenceTest {

    static List<String> overlays() {
        return Repo.overlays();
    }

    // ------------------------------------------------------------------ services, probes, ports

    @ParameterizedTest
    @MethodSource("overlays")
    void servicesSelectTheirApplicationsPodsOnTheApplicationsPort(String overlay) {
        Manifests m = Manifests.of(overlay);
        for (ObjectNode service : m.ofKind("Service")) {
            String name = Manifests.name(service);
            List<String> selected = m.ofKind("Deployment").stream()
                    .filter(d -> Manifests.selects(service.path("spec").path("selector"), Manifests.podLabels(d)))
                    .map(Manifests::name).toList();
            assertThat(selected).as(overlay + " Service " + name + " selects").containsExactly(name);
            JsonNode container = Manifests.container(m.deployment(name));
            for (JsonNode port : service.path("spec").path("ports")) {
                int containerPort = containerPort(container, port.path("targetPort").asText());
                assertThat(containerPort).as(name + " targetPort " + port.path("targetPort")).isPositive();
                assertThat(port.path("port").asInt()).as(name + " port").isEqualTo(Repo.httpPort(name));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void probesUseTheQuarkusHealthEndpointsOnTheApplicationsPort(String overlay) {
        Manifests m = Manifests.of(overlay);
        for (String app : Repo.APPS) {
            for (String key : List.of("quarkus.http.non-application-root-path", "quarkus.smallrye-health.root-path",
                    "quarkus.smallrye-health.liveness-path", "quarkus.smallrye-health.readiness-path",
                    "quarkus.smallrye-health.startup-path", "quarkus.management.enabled")) {
                assertThat(Repo.config(app, key)).as(app + " overrides " + key + ": update the probes").isNull();
            }
            JsonNode container = Manifests.container(m.deployment(app));
            assertThat(containerPort(container, "http")).as(app + " container port").isEqualTo(Repo.httpPort(app));
            Map<String, String> paths = Map.of("startupProbe", "/q/health/started", "livenessProbe",
                    "/q/health/live", "readinessProbe", "/q/health/ready");
            paths.forEach((probe, path) -> {
                JsonNode get = container.path(probe).path("httpGet");
                assertThat(get.path("path").asText()).as(app + " " + probe).isEqualTo(path);
                assertThat(containerPort(container, get.path("port").asText())).as(app + " " + probe + " port")
                        .isEqualTo(Repo.httpPort(app));
            });
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void readinessProbesWaitLongerThanTheKafkaHealthCheckTakesToSayDown(String overlay) {
        // With Kafka away, its readiness check answers DOWN only after the admin client's timeout; a probe that gives up
        // sooner records timeouts instead of the check's answer and holds a worker thread each time.
        Manifests m = Manifests.of(overlay);
        for (String app : Repo.APPS) {
            if (!"true".equals(Repo.config(app, "quarkus.kafka.health.enabled"))) {
                continue;
            }
            long adminTimeoutMillis = Long.parseLong(Repo.config(app, "kafka.default.api.timeout.ms"));
            JsonNode readiness = Manifests.container(m.deployment(app)).path("readinessProbe");
            assertThat(readiness.path("timeoutSeconds").asLong(1) * 1000).as(app + " readiness timeoutSeconds")
                    .isGreaterThan(adminTimeoutMillis);
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void serviceMonitorsSelectAServiceAndNameItsPort(String overlay) {
        Manifests m = Manifests.of(overlay);
        Set<String> monitored = new TreeSet<>();
        for (ObjectNode monitor : m.ofKind("ServiceMonitor")) {
            assertThat(monitor.path("spec").has("namespaceSelector")).isFalse();
            List<ObjectNode> services = m.ofKind("Service").stream()
                    .filter(s -> Manifests.selects(monitor.path("spec").path("selector"),
                            Manifests.labels(s.path("metadata").path("labels"))))
                    .toList();
            assertThat(services).as(overlay + " " + Manifests.id(monitor) + " selects a Service").isNotEmpty();
            for (ObjectNode service : services) {
                monitored.add(Manifests.name(service));
                for (JsonNode endpoint : monitor.path("spec").path("endpoints")) {
                    assertThat(service.path("spec").path("ports").findValuesAsText("name"))
                            .as(Manifests.id(monitor) + " port").contains(endpoint.path("port").asText());
                    assertThat(endpoint.path("path").asText()).isEqualTo("/q/metrics");
                }
            }
        }
        assertThat(monitored).containsExactlyInAnyOrderElementsOf(Repo.APPS);
        for (String app : Repo.APPS) {
            assertThat(Repo.read(Repo.ROOT.resolve(app).resolve("pom.xml")))
                    .as(app + " serves /q/metrics").contains("quarkus-micrometer-registry-prometheus");
            assertThat(Repo.config(app, "quarkus.micrometer.export.prometheus.path")).isNull();
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void autoscalersAndDisruptionBudgetsTargetTheDeployments(String overlay) {
        Manifests m = Manifests.of(overlay);
        for (ObjectNode hpa : m.ofKind("HorizontalPodAutoscaler")) {
            JsonNode target = hpa.path("spec").path("scaleTargetRef");
            assertThat(target.path("apiVersion").asText()).isEqualTo("apps/v1");
            assertThat(target.path("kind").asText()).isEqualTo("Deployment");
            assertThat(m.find("Deployment", target.path("name").asText())).as(Manifests.id(hpa)).isPresent();
            assertThat(hpa.path("spec").path("minReplicas").asInt())
                    .isBetween(1, hpa.path("spec").path("maxReplicas").asInt());
            assertThat(m.deployment(target.path("name").asText()).path("spec").has("replicas"))
                    .as("replicas belong to the autoscaler").isFalse();
        }
        for (ObjectNode pdb : m.ofKind("PodDisruptionBudget")) {
            List<String> selected = m.ofKind("Deployment").stream()
                    .filter(d -> Manifests.selects(pdb.path("spec").path("selector"), Manifests.podLabels(d)))
                    .map(Manifests::name).toList();
            assertThat(selected).as(Manifests.id(pdb)).containsExactly(Manifests.name(pdb));
        }
    }

    // ------------------------------------------------------------------ ConfigMaps and Secrets

    @ParameterizedTest
    @MethodSource("overlays")
    void everyReferencedConfigMapAndSecretExistsWithItsKeys(String overlay) {
        Manifests m = Manifests.of(overlay);
        Map<String, Set<String>> configMaps = new HashMap<>();
        m.ofKind("ConfigMap").forEach(c -> configMaps.put(Manifests.name(c), keys(c)));
        Map<String, Set<String>> secrets = new HashMap<>();
        m.ofKind("Secret").forEach(s -> secrets.put(Manifests.name(s), keys(s)));
        External.createdByOperators(m).forEach(s -> secrets.putIfAbsent(s.name(), s.keys()));
        External.createdByHand(overlay).forEach(s -> secrets.putIfAbsent(s.name(), s.keys()));

        List<String> missing = new ArrayList<>();
        for (Reference ref : references(m)) {
            Map<String, Set<String>> pool = ref.secret() ? secrets : configMaps;
            String what = (ref.secret() ? "Secret " : "ConfigMap ") + ref.name()
                    + (ref.key() == null ? "" : " key " + ref.key()) + " (" + ref.from() + ")";
            if (!pool.containsKey(ref.name())) {
                missing.add(what);
            } else if (ref.key() != null && !pool.get(ref.name()).contains(ref.key())) {
                missing.add(what);
            }
        }
        assertThat(missing).as(overlay + ": references to nothing").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void secretsCreatedByHandAreUsedAndDocumented(String overlay) {
        Manifests m = Manifests.of(overlay);
        Set<String> referenced = new TreeSet<>();
        references(m).stream().filter(Reference::secret).forEach(r -> referenced.add(r.name()));
        String readme = Repo.read(Repo.k8s().resolve("README.md"));
        for (External.ProvidedSecret secret : External.createdByHand(overlay)) {
            assertThat(referenced).as(overlay + " uses " + secret.name()).contains(secret.name());
            assertThat(readme).as("k8s/README.md tells how to create " + secret.name()).contains(secret.name());
            secret.keys().forEach(key -> assertThat(readme).as(secret.name() + " key " + key).contains(key));
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void environmentVariablesAreKeysTheApplicationsRead(String overlay) {
        Manifests m = Manifests.of(overlay);
        for (String app : Repo.APPS) {
            JsonNode container = Manifests.container(m.deployment(app));
            Set<String> names = new TreeSet<>(env(m, container).keySet());
            for (String name : names) {
                assertThat(readByApplication(app, name)).as(overlay + " " + app + " reads " + name).isTrue();
            }
        }
    }

    // ------------------------------------------------------------------ network policies and ingress

    @ParameterizedTest
    @MethodSource("overlays")
    void networkPoliciesSelectExistingPodsAndPorts(String overlay) {
        Manifests m = Manifests.of(overlay);
        List<Map<String, String>> pods = new ArrayList<>();
        m.ofKind("Deployment").forEach(d -> pods.add(Manifests.podLabels(d)));
        pods.addAll(External.operatorPodLabels(m));
        for (String app : Repo.APPS) {
            List<ObjectNode> policies = m.ofKind("NetworkPolicy").stream()
                    .filter(p -> Manifests.selects(p.path("spec").path("podSelector"),
                            Manifests.podLabels(m.deployment(app))))
                    .toList();
            assertThat(policies).as(app + " is isolated by one policy").hasSize(1);
            assertThat(texts(policies.get(0).path("spec").path("policyTypes"))).containsExactlyInAnyOrder("Ingress",
                    "Egress");
        }
        for (ObjectNode policy : m.ofKind("NetworkPolicy")) {
            JsonNode own = policy.path("spec").path("podSelector");
            assertThat(Manifests.constrains(own)).as(Manifests.id(policy) + " selects some pods only").isTrue();
            List<Map<String, String>> selected = pods.stream().filter(p -> Manifests.selects(own, p)).toList();
            assertThat(selected).as(Manifests.id(policy) + " selects pods").isNotEmpty();
            for (String direction : List.of("ingress", "egress")) {
                for (JsonNode rule : policy.path("spec").path(direction)) {
                    for (JsonNode peer : rule.path("ingress".equals(direction) ? "from" : "to")) {
                        checkPeer(m, pods, policy, peer);
                    }
                    for (JsonNode port : rule.path("ports")) {
                        if (port.path("port").isTextual() && "ingress".equals(direction)) {
                            for (ObjectNode d : m.ofKind("Deployment")) {
                                if (Manifests.selects(own, Manifests.podLabels(d))) {
                                    assertThat(containerPort(Manifests.container(d), port.path("port").asText()))
                                            .as(Manifests.id(policy) + " port " + port.path("port")).isPositive();
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void onlyTheGatewayIsReachableFromTheIngressControllerAndServicesOnlyFromTheGatewayAndPrometheus(
            String overlay) {
        Manifests m = Manifests.of(overlay);
        for (String app : Repo.APPS) {
            ObjectNode policy = m.get("NetworkPolicy", app);
            for (JsonNode rule : policy.path("spec").path("ingress")) {
                for (JsonNode peer : rule.path("from")) {
                    String namespace = peer.path("namespaceSelector").path("matchLabels")
                            .path("kubernetes.io/metadata.name").asText(null);
                    if (app.equals("gateway")) {
                        assertThat(namespace).as("gateway peers").isIn("ingress-nginx", "monitoring");
                    } else if (namespace != null) {
                        assertThat(namespace).as(app + " peers").isEqualTo("monitoring");
                    } else {
                        assertThat(Manifests.selects(peer.path("podSelector"),
                                Manifests.podLabels(m.deployment("gateway")))).as(app + " peer is the gateway")
                                .isTrue();
                        assertThat(peer.path("podSelector").path("matchLabels").path("app.kubernetes.io/name")
                                .asText()).isEqualTo("gateway");
                    }
                    if ("monitoring".equals(namespace)) {
                        assertThat(peer.path("podSelector").path("matchLabels").path("app.kubernetes.io/name")
                                .asText()).as(app + ": Prometheus pods only").isEqualTo("prometheus");
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void ingressesPublishTheGatewayAndKeycloakOnlyWithSseSettings(String overlay) {
        Manifests m = Manifests.of(overlay);
        Map<String, Integer> operatorServices = External.servicesCreatedByOperators(m);
        for (ObjectNode ingress : m.ofKind("Ingress")) {
            assertThat(ingress.path("spec").path("ingressClassName").asText()).isEqualTo("nginx");
            for (JsonNode backend : ingress.path("spec").path("rules").findValues("backend")) {
                String service = backend.path("service").path("name").asText();
                JsonNode port = backend.path("service").path("port");
                if (operatorServices.containsKey(service)) {
                    assertThat(port.path("number").asInt()).isEqualTo(operatorServices.get(service));
                    continue;
                }
                assertThat(service).as(Manifests.id(ingress) + ": of the applications only the gateway is public")
                        .isEqualTo("gateway");
                assertThat(m.get("Service", service).path("spec").path("ports").findValuesAsText("name"))
                        .contains(port.path("name").asText());
            }
            if ("prod".equals(overlay)) {
                assertThat(ingress.path("spec").path("tls")).as(Manifests.id(ingress) + " TLS").isNotEmpty();
            }
        }
        ObjectNode api = m.get("Ingress", "gateway");
        ObjectNode sse = m.get("Ingress", "gateway-sse");
        JsonNode apiNotes = api.path("metadata").path("annotations");
        JsonNode sseNotes = sse.path("metadata").path("annotations");
        assertThat(apiNotes.path("nginx.ingress.kubernetes.io/proxy-body-size").asText()).isEqualTo("16m");
        assertThat(sseNotes.path("nginx.ingress.kubernetes.io/proxy-body-size").asText()).isEqualTo("16m");
        assertThat(sseNotes.path("nginx.ingress.kubernetes.io/proxy-buffering").asText()).isEqualTo("off");
        assertThat(sseNotes.path("nginx.ingress.kubernetes.io/proxy-read-timeout").asInt()).isGreaterThanOrEqualTo(
                3600);
        assertThat(sse.path("spec").path("rules").findValuesAsText("path")).containsExactly("/api/v1/inbox/alerts");
        assertThat(sse.path("spec").path("rules").findValuesAsText("host"))
                .isEqualTo(api.path("spec").path("rules").findValuesAsText("host"));
        assertThat(Repo.config("gateway", "digipolku.gateway.services.messaging.prefixes")).contains("/api/v1/inbox");
        assertThat(Repo.appProperties("messaging-service").getProperty("quarkus.http.limits.max-body-size"))
                .isEqualTo("16M");
    }

    // ------------------------------------------------------------------ wiring to PostgreSQL, Kafka, Keycloak

    @ParameterizedTest
    @MethodSource("overlays")
    void servicesUseTheirOwnDatabaseAsItsOwner(String overlay) {
        Manifests m = Manifests.of(overlay);
        ObjectNode cluster = m.ofKind("Cluster").get(0);
        String clusterName = Manifests.name(cluster);
        Map<String, String> roleSecrets = new HashMap<>();
        for (JsonNode role : cluster.path("spec").path("managed").path("roles")) {
            assertThat(role.path("login").asBoolean()).isTrue();
            roleSecrets.put(role.path("name").asText(), role.path("passwordSecret").path("name").asText());
        }
        for (ObjectNode database : m.ofKind("Database")) {
            JsonNode spec = database.path("spec");
            assertThat(spec.path("cluster").path("name").asText()).as(Manifests.id(database)).isEqualTo(clusterName);
            assertThat(roleSecrets).as(Manifests.id(database) + " owner is a managed role")
                    .containsKey(spec.path("owner").asText());
            assertThat(spec.path("name").asText()).isNotBlank();
        }
        for (String app : Repo.APPS.subList(1, Repo.APPS.size())) {
            Map<String, EnvValue> env = env(m, Manifests.container(m.deployment(app)));
            Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/(\\w+)").matcher(env.get("DB_URL").value);
            assertThat(url.matches()).as(app + " DB_URL " + env.get("DB_URL").value).isTrue();
            assertThat(url.group(1)).isEqualTo(clusterName + "-rw");
            assertThat(url.group(2)).isEqualTo("5432");
            ObjectNode database = m.ofKind("Database").stream()
                    .filter(d -> d.path("spec").path("name").asText().equals(url.group(3))).findFirst()
                    .orElseThrow(() -> new AssertionError(app + ": no Database " + url.group(3)));
            String owner = database.path("spec").path("owner").asText();
            assertThat(env.get("DB_USER").secret).as(app + " DB_USER").isEqualTo(roleSecrets.get(owner) + "/username");
            assertThat(env.get("DB_PASSWORD").secret).isEqualTo(roleSecrets.get(owner) + "/password");
            assertThat(Repo.config(app, "quarkus.datasource.jdbc.url")).startsWith("${DB_URL:");
            m.find("Secret", roleSecrets.get(owner)).ifPresent(secret -> assertThat(
                    decode(secret.path("data").path("username").asText())).as("role name").isEqualTo(owner));
        }
        ObjectNode keycloak = m.ofKind("Keycloak").get(0);
        JsonNode db = keycloak.path("spec").path("db");
        assertThat(db.path("vendor").asText()).isEqualTo("postgres");
        assertThat(db.path("host").asText()).isEqualTo(clusterName + "-rw");
        ObjectNode kcDatabase = m.ofKind("Database").stream()
                .filter(d -> d.path("spec").path("name").asText().equals(db.path("database").asText())).findFirst()
                .orElseThrow();
        String kcSecret = roleSecrets.get(kcDatabase.path("spec").path("owner").asText());
        assertThat(db.path("usernameSecret").path("name").asText()).isEqualTo(kcSecret);
        assertThat(db.path("passwordSecret").path("name").asText()).isEqualTo(kcSecret);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void servicesUseTheKafkaClusterAndItsTopics(String overlay) {
        Manifests m = Manifests.of(overlay);
        ObjectNode kafka = m.ofKind("Kafka").get(0);
        String kafkaName = Manifests.name(kafka);
        JsonNode plain = null;
        for (JsonNode listener : kafka.path("spec").path("kafka").path("listeners")) {
            if (listener.path("type").asText().equals("internal") && !listener.path("tls").asBoolean()) {
                plain = listener;
            }
        }
        assertThat(plain).as("a plain internal listener").isNotNull();
        Set<String> topics = new TreeSet<>();
        for (ObjectNode topic : m.ofKind("KafkaTopic")) {
            topics.add(topic.path("spec").path("topicName").asText(Manifests.name(topic)));
            assertThat(topic.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isEqualTo(kafkaName);
            assertThat(topic.path("spec").path("partitions").asInt()).isEqualTo(3);
        }
        for (ObjectNode pool : m.ofKind("KafkaNodePool")) {
            assertThat(pool.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isEqualTo(kafkaName);
        }
        assertThat(m.ofKind("KafkaNodePool").stream().flatMap(p -> texts(p.path("spec").path("roles")).stream()))
                .contains("controller", "broker");
        Set<String> used = new TreeSet<>();
        for (String app : Repo.APPS.subList(1, Repo.APPS.size())) {
            Map<String, EnvValue> env = env(m, Manifests.container(m.deployment(app)));
            assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS").value)
                    .isEqualTo(kafkaName + "-kafka-bootstrap:" + plain.path("port").asInt());
            Repo.appProperties(app).forEach((k, v) -> {
                String key = k.toString();
                if (!key.startsWith("%") && (key.equals("digipolku.outbox.topic")
                        || key.matches("mp\\.messaging\\.(incoming|outgoing)\\.[^.]+\\.topic"))) {
                    used.add(v.toString());
                }
            });
            for (JsonNode peer : plain.path("networkPolicyPeers")) {
                assertThat(Manifests.selects(peer.path("podSelector"), Manifests.podLabels(m.deployment(app))))
                        .as(app + " may reach the Kafka listener").isTrue();
            }
        }
        assertThat(topics).as("topics the services use").containsExactlyInAnyOrderElementsOf(used);
        Matcher stack = Pattern.compile("KAFKA_TOPICS=\\(([^)]*)\\)")
                .matcher(Repo.read(Repo.ROOT.resolve("stack/lib/kafka.sh")));
        assertThat(stack.find()).isTrue();
        assertThat(topics).as("the local stack's topics")
                .containsExactlyInAnyOrder(stack.group(1).trim().split("\\s+"));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void applicationsTrustTheKeycloakRealmTheOperatorImports(String overlay) {
        Manifests m = Manifests.of(overlay);
        ObjectNode keycloak = m.ofKind("Keycloak").get(0);
        ObjectNode realmImport = m.ofKind("KeycloakRealmImport").get(0);
        String realm = realmImport.path("spec").path("realm").path("realm").asText();
        assertThat(realmImport.path("spec").path("keycloakCRName").asText()).isEqualTo(Manifests.name(keycloak));
        assertThat(keycloak.path("spec").path("http").path("httpEnabled").asBoolean()).isTrue();
        assertThat(keycloak.path("spec").path("ingress").path("enabled").asBoolean(true)).isFalse();
        for (String app : Repo.APPS) {
            Map<String, EnvValue> env = env(m, Manifests.container(m.deployment(app)));
            assertThat(env.get("DIGIPOLKU_OIDC_URL").value).as(app)
                    .isEqualTo("http://" + Manifests.name(keycloak) + "-service:8080/realms/" + realm);
        }
        assertThat(Repo.sharedProperties().getProperty("quarkus.oidc.token.audience")).isEqualTo("digipolku");
        String hostname = keycloak.path("spec").path("hostname").path("hostname").asText();
        String host = hostname.replaceFirst("^https?://", "");
        assertThat(m.get("Ingress", "keycloak").path("spec").path("rules").findValuesAsText("host"))
                .containsExactly(host);
        assertThat(hostname).startsWith("prod".equals(overlay) ? "https://" : "http");
        assertThat(keycloak.path("spec").path("hostname").path("backchannelDynamic").asBoolean()).isTrue();
        ObjectNode gateway = m.get("Ingress", "gateway");
        String gatewayUrl = (gateway.path("spec").has("tls") ? "https://" : "http://")
                + gateway.path("spec").path("rules").path(0).path("host").asText();
        for (String app : Repo.APPS) {
            Map<String, EnvValue> env = env(m, Manifests.container(m.deployment(app)));
            assertThat(env.get("DIGIPOLKU_PUBLIC_URL").value).as(app + ": the server its OpenAPI document names")
                    .isEqualTo(gatewayUrl);
            assertThat(env.get("DIGIPOLKU_OIDC_PUBLIC_URL").value).as(app + ": the realm its OpenAPI document names")
                    .isEqualTo(hostname + "/realms/" + realm);
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theGatewayRoutesToTheServicesServices(String overlay) {
        Manifests m = Manifests.of(overlay);
        Map<String, EnvValue> env = env(m, Manifests.container(m.deployment("gateway")));
        Set<String> names = new TreeSet<>();
        Repo.appProperties("gateway").stringPropertyNames().forEach(key -> {
            Matcher k = Pattern.compile("digipolku\\.gateway\\.services\\.([^.]+)\\.url").matcher(key);
            if (k.matches()) {
                names.add(k.group(1));
            }
        });
        assertThat(names).hasSize(4);
        for (String name : names) {
            EnvValue url = env.get("DIGIPOLKU_GATEWAY_SERVICES_" + name.toUpperCase() + "_URL");
            assertThat(url).as("gateway URL of " + name).isNotNull();
            Matcher u = Pattern.compile("http://([^:/]+):(\\d+)").matcher(url.value);
            assertThat(u.matches()).as(url.value).isTrue();
            ObjectNode service = m.get("Service", u.group(1));
            assertThat(service.path("spec").path("ports").findValuesAsText("port")).contains(u.group(2));
            assertThat(u.group(1)).isEqualTo(name + "-service");
        }
    }

    // ------------------------------------------------------------------ helpers

    record Reference(boolean secret, String name, String key, String from) {
    }

    /** Every ConfigMap and Secret reference in the render. */
    static List<Reference> references(Manifests m) {
        List<Reference> refs = new ArrayList<>();
        for (ObjectNode deployment : m.ofKind("Deployment")) {
            String from = Manifests.id(deployment);
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            for (JsonNode container : iterable(pod.path("containers"), pod.path("initContainers"))) {
                for (JsonNode source : container.path("envFrom")) {
                    if (source.has("configMapRef")) {
                        refs.add(new Reference(false, source.path("configMapRef").path("name").asText(), null, from));
                    }
                    if (source.has("secretRef")) {
                        refs.add(new Reference(true, source.path("secretRef").path("name").asText(), null, from));
                    }
                }
                for (JsonNode var : container.path("env")) {
                    JsonNode cm = var.path("valueFrom").path("configMapKeyRef");
                    if (!cm.isMissingNode()) {
                        refs.add(new Reference(false, cm.path("name").asText(), cm.path("key").asText(), from));
                    }
                    JsonNode s = var.path("valueFrom").path("secretKeyRef");
                    if (!s.isMissingNode()) {
                        refs.add(new Reference(true, s.path("name").asText(), s.path("key").asText(), from));
                    }
                }
            }
            for (JsonNode volume : pod.path("volumes")) {
                if (volume.has("configMap")) {
                    refs.add(new Reference(false, volume.path("configMap").path("name").asText(), null, from));
                }
                if (volume.has("secret")) {
                    refs.add(new Reference(true, volume.path("secret").path("secretName").asText(), null, from));
                }
            }
        }
        for (ObjectNode ingress : m.ofKind("Ingress")) {
            for (JsonNode tls : ingress.path("spec").path("tls")) {
                refs.add(new Reference(true, tls.path("secretName").asText(), "tls.crt", Manifests.id(ingress)));
                refs.add(new Reference(true, tls.path("secretName").asText(), "tls.key", Manifests.id(ingress)));
            }
        }
        for (ObjectNode cluster : m.ofKind("Cluster")) {
            for (JsonNode role : cluster.path("spec").path("managed").path("roles")) {
                String secret = role.path("passwordSecret").path("name").asText();
                refs.add(new Reference(true, secret, "username", Manifests.id(cluster)));
                refs.add(new Reference(true, secret, "password", Manifests.id(cluster)));
            }
        }
        for (ObjectNode keycloak : m.ofKind("Keycloak")) {
            for (String field : List.of("usernameSecret", "passwordSecret")) {
                JsonNode ref = keycloak.path("spec").path("db").path(field);
                refs.add(new Reference(true, ref.path("name").asText(), ref.path("key").asText(),
                        Manifests.id(keycloak)));
            }
        }
        for (ObjectNode realmImport : m.ofKind("KeycloakRealmImport")) {
            realmImport.path("spec").path("placeholders").forEach(p -> refs.add(new Reference(true,
                    p.path("secret").path("name").asText(), p.path("secret").path("key").asText(),
                    Manifests.id(realmImport))));
        }
        return refs;
    }

    /** A variable's literal value, or the Secret it comes from as name/key. */
    record EnvValue(String value, String secret) {
    }

    /** The container's environment: envFrom ConfigMaps of the render, then env entries. */
    static Map<String, EnvValue> env(Manifests m, JsonNode container) {
        Map<String, EnvValue> env = new HashMap<>();
        for (JsonNode source : container.path("envFrom")) {
            if (source.has("configMapRef")) {
                m.find("ConfigMap", source.path("configMapRef").path("name").asText())
                        .ifPresent(cm -> cm.path("data").fields()
                                .forEachRemaining(e -> env.put(e.getKey(), new EnvValue(e.getValue().asText(), null))));
            }
        }
        for (JsonNode var : container.path("env")) {
            JsonNode secret = var.path("valueFrom").path("secretKeyRef");
            env.put(var.path("name").asText(), secret.isMissingNode()
                    ? new EnvValue(var.path("value").asText(), null)
                    : new EnvValue(null, secret.path("name").asText() + "/" + secret.path("key").asText()));
        }
        return env;
    }

    /** Whether the application reads the environment variable: as a ${NAME} expression or a config key. */
    static boolean readByApplication(String app, String name) {
        if (name.equals("JAVA_TOOL_OPTIONS")) {
            return true;
        }
        Set<String> keys = new LinkedHashSet<>();
        keys.addAll(Repo.appProperties(app).stringPropertyNames());
        keys.addAll(Repo.sharedProperties(app).stringPropertyNames());
        String text = Repo.read(Repo.ROOT.resolve(app).resolve("src/main/resources/application.properties"));
        for (String shared : Repo.sharedDefaultFiles(app)) {
            text += Repo.read(Repo.ROOT.resolve(shared));
        }
        if (text.contains("${" + name + ":") || text.contains("${" + name + "}")) {
            return true;
        }
        return keys.stream().map(key -> key.replaceFirst("^%[a-z]+\\.", ""))
                .anyMatch(key -> key.toUpperCase().replaceAll("[^A-Z0-9]", "_").equals(name));
    }

    private static void checkPeer(Manifests m, List<Map<String, String>> pods, ObjectNode policy, JsonNode peer) {
        JsonNode namespaceSelector = peer.path("namespaceSelector");
        if (!namespaceSelector.isMissingNode()) {
            String namespace = namespaceSelector.path("matchLabels").path("kubernetes.io/metadata.name").asText();
            assertThat(External.PEER_NAMESPACES).as(Manifests.id(policy) + " namespace peer").contains(namespace);
            return;
        }
        JsonNode selector = peer.path("podSelector");
        assertThat(Manifests.constrains(selector)).as(Manifests.id(policy) + " peer selects some pods").isTrue();
        assertThat(pods.stream().anyMatch(p -> Manifests.selects(selector, p)))
                .as(Manifests.id(policy) + " peer " + selector + " selects pods of the platform").isTrue();
    }

    private static int containerPort(JsonNode container, String nameOrNumber) {
        for (JsonNode port : container.path("ports")) {
            if (port.path("name").asText().equals(nameOrNumber)
                    || port.path("containerPort").asText().equals(nameOrNumber)) {
                return port.path("containerPort").asInt();
            }
        }
        return -1;
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> keys = new TreeSet<>();
        object.path("data").fieldNames().forEachRemaining(keys::add);
        object.path("stringData").fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    private static List<JsonNode> iterable(JsonNode... arrays) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode array : arrays) {
            array.forEach(all::add);
        }
        return all;
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
