package fi.digipolku.systemtest;

import static io.restassured.RestAssured.given;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The running stack as a black box: the gateway, real tokens from the platform's Keycloak realm, and the
 * {@code ./platform} command for stopping and starting parts of it.
 */
final class Stack {

    static final String GATEWAY = System.getProperty("digipolku.gateway.url", "http://localhost:8080");
    static final String KEYCLOAK = System.getProperty("digipolku.keycloak.url", "http://localhost:8180");
    static final String TOKEN_URL = KEYCLOAK + "/realms/digipolku/protocol/openid-connect/token";
    static final String APP_CLIENT = "digipolku-app";
    static final String INTEGRATOR_CLIENT = "digipolku-integrator";
    static final String INTEGRATOR_SECRET = "integrator-secret";
    static final String DEMO_PASSWORD = "demo";

    /** Tokens by user, with when they were fetched; access tokens live 15 minutes, and the suite runs longer. */
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();
    private static final long RENEW_AFTER_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(10);

    private record Token(String value, long fetchedAtNanos) {

        boolean fresh() {
            return System.nanoTime() - fetchedAtNanos < RENEW_AFTER_NANOS;
        }
    }

    private Stack() {
    }

    /** A request to the gateway. */
    static RequestSpecification gateway() {
        return given().baseUri(GATEWAY);
    }

    /** A request to the gateway as a demo user, with a real token from the password grant. */
    static RequestSpecification as(String user) {
        return gateway().auth().oauth2(token(user));
    }

    /** A demo user records progress on a module of their enrollment (a fresh Idempotency-Key each time). */
    static void record(String user, String enrollment, String module, Object body) {
        as(user).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/v1/enrollments/" + enrollment + "/modules/" + module + "/records").then()
                .statusCode(201);
    }

    /** A real access token of a demo user, cached and renewed once it is ten minutes old. */
    static String token(String user) {
        return cached(user, () -> given().formParam("grant_type", "password").formParam("client_id", APP_CLIENT)
                .formParam("username", user).formParam("password", DEMO_PASSWORD).post(TOKEN_URL).then()
                .statusCode(200).extract().path("access_token"));
    }

    /** A real token of the integrator client (client credentials). */
    static String integratorToken() {
        return cached("#integrator", () -> given().formParam("grant_type", "client_credentials")
                .formParam("client_id", INTEGRATOR_CLIENT).formParam("client_secret", INTEGRATOR_SECRET)
                .post(TOKEN_URL).then().statusCode(200).extract().path("access_token"));
    }

    private static String cached(String key, java.util.function.Supplier<String> fetch) {
        return TOKENS.compute(key, (k, token) -> token != null && token.fresh()
                ? token
                : new Token(fetch.get(), System.nanoTime())).value();
    }

    /** Creates a pathway definition under a fresh name of the given prefix and publishes it; returns its id. */
    static String publish(Map<String, Object> definition, String namePrefix) {
        definition.put("name", Map.of("fi", namePrefix + " " + UUID.randomUUID()));
        String id = as("admin").contentType(ContentType.JSON).body(definition).post("/api/v1/pathway-definitions")
                .then().statusCode(201).extract().path("id");
        ifMatch("admin", "/api/v1/pathway-definitions/" + id).post("/api/v1/pathway-definitions/" + id + "/publish")
                .then().statusCode(200);
        return id;
    }

    /**
     * A request of {@code user} carrying in If-Match the ETag {@code resource} has now, as every change of a versioned
     * resource must.
     */
    static RequestSpecification ifMatch(String user, String resource) {
        String etag = as(user).get(resource).then().statusCode(200).extract().header("ETag");
        if (etag == null) {
            throw new AssertionError("GET " + resource + " gave no ETag");
        }
        return as(user).header("If-Match", etag);
    }

    /** A professional opens a published pathway for a client; returns the enrollment id. */
    static String startFor(String professional, String definition, String clientSubject) {
        return as(professional).contentType(ContentType.JSON)
                .body(Map.of("definitionId", definition, "clientSubject", clientSubject)).post("/api/v1/enrollments")
                .then().statusCode(201).extract().path("id");
    }

    /** A response body as a JSON tree. */
    static JsonNode json(String body) {
        try {
            return new ObjectMapper().readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    /** A demo pathway definition from {@code stack/demo}, as a mutable request body. */
    static Map<String, Object> demoPathway(String file) {
        try {
            return new ObjectMapper().readValue(new File(root(), "stack/demo/" + file), new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new AssertionError("cannot read demo pathway " + file, e);
        }
    }

    /**
     * A demo pathway whose modules all open on the day of enrollment, so a journey can run to its end in one test
     * run (modules cannot be recorded before their day).
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> demoPathwayOpenToday(String file) {
        Map<String, Object> definition = demoPathway(file);
        for (Object module : (List<Object>) definition.get("modules")) {
            ((Map<String, Object>) module).put("dayOffset", 0);
        }
        return definition;
    }

    static File root() {
        return new File(System.getProperty("digipolku.root", ".."));
    }

    /** Runs {@code ./platform ARGS} from the repository root and fails if it fails. */
    static void platform(String... args) {
        File root = root();
        String[] command = new String[args.length + 1];
        command[0] = new File(root, "platform").getAbsolutePath();
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            Process process = new ProcessBuilder(command).directory(root).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new AssertionError("./platform " + String.join(" ", args) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run ./platform", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * The events of one aggregate (the Kafka key) on a topic, in order, read from the beginning by a fresh consumer
     * group until more than {@code atLeast} have arrived or a minute has passed.
     */
    static List<JsonNode> eventsOf(String topic, String aggregate, int atLeast) {
        return events(topic, (key, event) -> aggregate.equals(key), atLeast);
    }

    /**
     * The events on a topic that match, in order, read from the beginning by a fresh consumer group until more than
     * {@code atLeast} have arrived or a minute has passed.
     */
    static List<JsonNode> eventsWhere(String topic, Predicate<JsonNode> match, int atLeast) {
        return events(topic, (key, event) -> match.test(event), atLeast);
    }

    private static List<JsonNode> events(String topic, BiPredicate<String, JsonNode> match, int atLeast) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "system-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 60_000;
            while (events.size() <= atLeast && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode event = json.readTree(record.value());
                    if (match.test(record.key(), event)) {
                        events.add(event);
                    }
                }
            }
        } catch (IOException e) {
            throw new AssertionError("an event on " + topic + " is not JSON", e);
        }
        return events;
    }
}
