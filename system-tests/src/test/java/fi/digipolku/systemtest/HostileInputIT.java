package fi.digipolku.systemtest;

import static fi.digipolku.systemtest.Stack.gateway;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Thousands of malformed requests to every operation of every service, through the gateway with real tokens of roles
 * the operation accepts: wrong types, huge values, broken JSON, unicode edge cases, path traversal and SQL-looking
 * strings in paths, queries, headers and bodies. Never a 5xx; every refusal is problem+json.
 */
class HostileInputIT {

    private static final List<String> SERVICES = List.of("pathway", "messaging", "feedback", "metrics");
    private static final Map<String, String> USERS = Map.of("client", "client", "professional", "nurse", "admin",
            "admin", "analyst", "analyst");

    static final List<String> STRINGS = List.of("", " ", "../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd",
            "' OR '1'='1' --", "1; DROP TABLE enrollment; --", "\" OR \"\"=\"", "${jndi:ldap://x/a}",
            "<script>alert(1)</script>", "\u0000", "\u202Eevil\u202C", "😀😀😀", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "a".repeat(5000),
            "-1", "9999999999999999999999", "1e309", "NaN", "null", "true", "[]", "{}", "%00", "%FF%FE",
            "\uD800", "\\u0000", "ä".repeat(300), "2147483647", "21474837", "+999999999-12-31T23:59:59Z");

    static final List<String> BODIES = List.of("{", "}", "[", "null", "true", "42", "\"text\"", "{\"a\":",
            "{\"definitionId\":\"not-a-uuid\"}", "{\"body\":12345}", "{\"body\":{\"nested\":[1,2,3]}}",
            "{\"nps\":1e309}", "{\"nps\":-99999999999999999999}", "{\"values\":{\"value\":\"heavy\"}}",
            "{\"answers\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}",
            "{\"topic\":\"" + "x".repeat(100_000) + "\"}", "{\"a\":\"\\ud800\"}", "\u0000\u0001\u0002",
            "{\"enrollmentId\":\"00000000-0000-0000-0000-000000000000\",\"topic\":\"\\u0000\",\"body\":\"\\u0000\"}",
            "{\"promise\":{\"amount\":\"two\",\"unit\":\"FORTNIGHTS\"}}", "{\"month\":\"2026-13\"}",
            "{\"statements\":[{\"key\":\"../x\",\"text\":{\"xx\":\"\"}}]}", "<xml/>", "a=b&c=d",
            "{\"text\":\"\\u0000\"}", "{\"measuredAt\":\"+999999999-12-31T23:59:59Z\",\"values\":{\"value\":70}}");

    private record Operation(String method, String path, Set<String> roles) {
    }

    @Test
    void malformedRequestsNeverBreakAService() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Random random = new Random(20261122);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Operation op : operations()) {
            String token = Stack.token(USERS.getOrDefault(op.roles().stream().filter(USERS::containsKey)
                    .findFirst().orElse("admin"), "admin"));
            if (op.roles().equals(Set.of("integrator"))) {
                token = Stack.integratorToken();
            }
            if (op.path().endsWith("/alerts")) {
                continue;
            }
            for (int i = 0; i < 40; i++) {
                String hostile = STRINGS.get(random.nextInt(STRINGS.size()));
                String path = op.path().replaceAll("\\{[^}]+}", encode(hostile));
                String query = "?page=" + encode(STRINGS.get(random.nextInt(STRINGS.size()))) + "&size="
                        + encode(STRINGS.get(random.nextInt(STRINGS.size()))) + "&from="
                        + encode(STRINGS.get(random.nextInt(STRINGS.size())));
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Stack.GATEWAY + path + query))
                        .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + token)
                        .header("Idempotency-Key", ascii(hostile)).header("If-Match", ascii(hostile));
                if (op.method().equals("POST") || op.method().equals("PUT")) {
                    String body = BODIES.get(random.nextInt(BODIES.size()));
                    String type = random.nextInt(5) == 0 ? "text/plain" : "application/json";
                    request.header("Content-Type", type).method(op.method(),
                            HttpRequest.BodyPublishers.ofString(body));
                } else {
                    request.method(op.method(), HttpRequest.BodyPublishers.noBody());
                }
                HttpResponse<String> response;
                try {
                    response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                } catch (IllegalArgumentException notEvenHttp) {
                    continue;
                } catch (java.io.IOException broken) {
                    failures.add(op.method() + " " + path + " -> connection failed: " + broken.getMessage());
                    continue;
                }
                sent++;
                int status = response.statusCode();
                String contentType = response.headers().firstValue("Content-Type").orElse("");
                if (status >= 500 || (status >= 400 && !contentType.startsWith("application/problem+json"))) {
                    failures.add(op.method() + " " + path + query + " -> " + status + " " + contentType + " "
                            + response.body().substring(0, Math.min(200, response.body().length())));
                }
            }
        }
        System.out.printf("hostile input: %d malformed requests sent%n", sent);
        assertThat(sent).isGreaterThan(1000);
        assertThat(failures).as("malformed requests that broke a service or answered without problem+json")
                .isEmpty();
    }

    @Test
    void aFieldGivenTwiceOrAMalformedContentTypeIsRefusedWithAProblem() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String twice = "{\"definitionId\":\"00000000-0000-0000-0000-000000000001\",\"clientSubject\":\"a\","
                + "\"clientSubject\":\"b\"}";
        HttpResponse<String> duplicate = http.send(HttpRequest.newBuilder(URI.create(Stack.GATEWAY
                + "/api/v1/enrollments")).header("Authorization", "Bearer " + Stack.token("nurse"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(twice)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(duplicate.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        for (String type : List.of("ä/ö", "application/json;;;", "multipart/form-data; boundary=")) {
            HttpResponse<String> malformed = http.send(HttpRequest.newBuilder(URI.create(Stack.GATEWAY
                    + "/api/v1/threads/00000000-0000-0000-0000-000000000001/messages"))
                    .header("Authorization", "Bearer " + Stack.token("client")).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"body\":\"x\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(malformed.statusCode()).as(type).isBetween(400, 499);
            assertThat(malformed.headers().firstValue("Content-Type").orElse("")).as(type)
                    .startsWith("application/problem+json");
        }
    }

    /** Generated requests per service (at least 10,000 in ./platform test; -Ddigipolku.fuzz.requests to change). */
    private static final int FUZZ_REQUESTS = Integer.getInteger("digipolku.fuzz.requests", 10_000);

    @Test
    void tenThousandGeneratedRequestsPerServiceBreakNothing() throws Exception {
        long seed = Long.getLong("digipolku.fuzz.seed", new java.security.SecureRandom().nextLong());
        System.out.printf("fuzz: seed %d (-Ddigipolku.fuzz.seed=%d repeats this run)%n", seed, seed);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ObjectMapper json = new ObjectMapper();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<String, String> tokens = Map.of("client", Stack.token("client"), "professional", Stack.token("nurse"),
                "admin", Stack.token("admin"), "analyst", Stack.token("analyst"), "integrator",
                Stack.integratorToken());
        List<String> roles = List.copyOf(tokens.keySet());
        for (String service : SERVICES) {
            JsonNode document = json.readTree(gateway().accept("application/json").get("/openapi/" + service).then()
                    .statusCode(200).extract().asString());
            List<Map.Entry<String, Map.Entry<String, JsonNode>>> operations = new ArrayList<>();
            document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                if (!path.getKey().endsWith("/alerts") && op.getValue().isObject()
                        && (path.getKey().startsWith("/api/") || path.getKey().startsWith("/fhir/"))) {
                    operations.add(Map.entry(path.getKey(), Map.entry(op.getKey().toUpperCase(), op.getValue())));
                }
            }));
            Fuzz fuzz = new Fuzz(document, seed ^ service.hashCode());
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
            Random pickRole = new Random(seed);
            List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < FUZZ_REQUESTS; i++) {
                var operation = operations.get(i % operations.size());
                Fuzz.Request generated;
                String role;
                synchronized (fuzz) {
                    generated = fuzz.next(operation.getValue().getKey(), operation.getKey(),
                            operation.getValue().getValue());
                    role = roles.get(pickRole.nextInt(roles.size()));
                }
                futures.add(pool.submit(() -> {
                    String problem = check(http, generated, tokens.get(role));
                    sent.incrementAndGet();
                    if (problem != null && failures.size() < 50) {
                        failures.add(problem);
                    }
                }));
            }
            for (var future : futures) {
                future.get();
            }
            pool.shutdown();
            System.out.printf("fuzz: %s, %d generated requests over %d operations%n", service, sent.get(),
                    operations.size());
        }
        for (String base : List.of("http://localhost:8081", "http://localhost:8082", "http://localhost:8083",
                "http://localhost:8084", Stack.GATEWAY)) {
            assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).as(base + " ready afterwards").isEqualTo(200);
        }
        assertThat(failures).as("generated requests that broke a service or answered without a problem (seed %d)",
                seed).isEmpty();
    }

    /** Sends one generated request; a description of what went wrong, or null. */
    private static String check(HttpClient http, Fuzz.Request generated, String token) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(Stack.GATEWAY + generated.pathAndQuery()))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token);
            generated.headers().forEach(request::header);
        } catch (IllegalArgumentException notEvenHttp) {
            return null;
        }
        request.method(generated.method(), generated.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(generated.body()));
        String what = generated.method() + " " + generated.pathAndQuery().substring(0,
                Math.min(160, generated.pathAndQuery().length())) + " "
                + generated.headers().getOrDefault(
                        "Content-Type", "");
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IllegalArgumentException notEvenHttp) {
            return null;
        } catch (java.io.IOException broken) {
            return what + " -> connection failed: " + broken;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return what + " -> interrupted";
        }
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        boolean fhir = generated.pathAndQuery().startsWith("/fhir/");
        String expected = fhir ? "application/fhir+json" : "application/problem+json";
        if (status >= 500 || (status >= 400 && !contentType.startsWith(expected))) {
            return what + " -> " + status + " " + contentType + " "
                    + response.body().substring(0, Math.min(200, response.body().length()));
        }
        return null;
    }

    @Test
    void aPageBeyondTheLastAllowedIsABadRequestOnEveryList() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> failures = new ArrayList<>();
        int lists = 0;
        for (String service : SERVICES) {
            JsonNode paths = json.readTree(gateway().accept("application/json").get("/openapi/" + service).then()
                    .statusCode(200).extract().asString()).path("paths");
            for (var path : (Iterable<java.util.Map.Entry<String, JsonNode>>) paths::fields) {
                JsonNode get = path.getValue().path("get");
                boolean paged = false;
                for (JsonNode parameter : get.path("parameters")) {
                    paged |= parameter.path("name").asText().equals("page");
                }
                if (!paged || path.getKey().contains("{")) {
                    continue;
                }
                lists++;
                Set<String> roles = new TreeSet<>();
                get.path("security").forEach(sec -> sec.fields()
                        .forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
                String user = roles.stream().filter(USERS::containsKey).findFirst().map(USERS::get).orElse("admin");
                for (String page : List.of("2147483647", "21474837", "10001")) {
                    var response = Stack.as(user).get(path.getKey() + "?size=100&page=" + page);
                    if (response.statusCode() != 400
                            || !response.contentType().startsWith("application/problem+json")) {
                        failures.add(path.getKey() + "?page=" + page + " -> " + response.statusCode());
                    }
                }
            }
        }
        assertThat(lists).isGreaterThanOrEqualTo(5);
        assertThat(failures).as("lists that did not refuse an overflowing page").isEmpty();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Header values must be visible ASCII; the hostile part is what survives of it. */
    private static String ascii(String value) {
        String visible = value.replaceAll("[^\\x21-\\x7E]", "");
        return visible.isEmpty() ? "x" : visible.substring(0, Math.min(200, visible.length()));
    }

    private static List<Operation> operations() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<Operation> operations = new ArrayList<>();
        for (String service : SERVICES) {
            JsonNode paths = json.readTree(gateway().accept("application/json").get("/openapi/" + service).then()
                    .statusCode(200).extract().asString()).path("paths");
            paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                Set<String> roles = new TreeSet<>();
                op.getValue().path("security").forEach(s -> s.fields().forEachRemaining(
                        scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
                if (!roles.isEmpty() && path.getKey().startsWith("/api/")) {
                    operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), roles));
                }
            }));
        }
        return operations;
    }
}
