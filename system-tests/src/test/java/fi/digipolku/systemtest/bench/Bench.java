package fi.digipolku.systemtest.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

/** What every benchmark uses: calls through the gateway with real tokens, timing, and a service's database. */
final class Bench {

    static final String GATEWAY = System.getProperty("digipolku.gateway.url", "http://localhost:8080");
    static final String KEYCLOAK = System.getProperty("digipolku.keycloak.url", "http://localhost:8180");
    static final String CLIENT_SUB = "00000000-0000-4000-8000-000000000001";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Bench() {
    }

    /** A connection to a service's own database (role and password as the local stack creates them). */
    static Connection database(String service) throws SQLException {
        return DriverManager.getConnection(System.getProperty("digipolku." + service + ".db",
                "jdbc:postgresql://localhost:5432/" + service), service, service + "-local");
    }

    /**
     * Throughput and latency percentiles of one run, and the calls that failed, by what they got (a status or an
     * exception's class).
     */
    record Figures(double perSecond, double p50, double p95, double p99, Map<String, Integer> errors) {

        int errorCount() {
            return errors.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A call answered with another status than the one it expected. */
    static final class UnexpectedStatus extends IllegalStateException {

        final int status;

        UnexpectedStatus(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /** Runs {@code total} calls on {@code threads} threads; prints throughput and percentiles; returns p95 ms. */
    static double run(String name, int total, int threads, Call call) throws Exception {
        return figures(name, total, threads, call).p95();
    }

    /** Runs {@code total} calls on {@code threads} threads and prints (unless a warm-up) and returns the figures. */
    static Figures figures(String name, int total, int threads, Call call) throws Exception {
        long[] latencies = new long[total];
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable);
            thread.setDaemon(true);
            return thread;
        });
        Map<String, Integer> errors = new ConcurrentSkipListMap<>();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                long t0 = System.nanoTime();
                try {
                    call.run();
                } catch (UnexpectedStatus e) {
                    errors.merge(String.valueOf(e.status), 1, Integer::sum);
                } catch (Exception e) {
                    errors.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                }
                latencies[index] = System.nanoTime() - t0;
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        Figures figures = new Figures(total / seconds, percentile(latencies, 0.50), percentile(latencies, 0.95),
                percentile(latencies, 0.99), Map.copyOf(errors));
        if (!name.equals("warm-up")) {
            System.out.printf("%-34s %6d calls %8.1f/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  errors %d%s%n",
                    name, total, figures.perSecond(), figures.p50(), figures.p95(), figures.p99(),
                    figures.errorCount(), errors.isEmpty() ? "" : " " + errors);
        }
        return figures;
    }

    static double percentile(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    @FunctionalInterface
    interface Call {
        String run() throws Exception;
    }

    static String send(String method, String path, String token, String body, int expected)
            throws Exception {
        return sendTo(GATEWAY, method, path, token, body, expected);
    }

    /**
     * A change of a versioned resource through the gateway: reads {@code resource} for its ETag and sends the change
     * with it in If-Match, as every change requires.
     */
    static String change(String method, String path, String token, String body, int expected, String resource)
            throws Exception {
        HttpResponse<String> read = HTTP.send(HttpRequest.newBuilder(URI.create(GATEWAY + resource))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        String etag = read.headers().firstValue("ETag").orElseThrow(
                () -> new UnexpectedStatus(read.statusCode(), "GET " + resource + " gave no ETag: " + read.body()));
        return sendTo(GATEWAY, method, path, token, body, expected, "If-Match", etag);
    }

    /** A call to {@code base} (the gateway, or a service directly) that must answer {@code expected}. */
    static String sendTo(String base, String method, String path, String token, String body, int expected,
            String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token);
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (body != null) {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new UnexpectedStatus(response.statusCode(), method + " " + path + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /**
     * Publishes the demo weight pathway under a fresh name for diabetes-team and opens it for the demo client; returns
     * the enrollment id.
     */
    static String weightEnrollment(String namePrefix, String admin, String nurse) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> definition = JSON.readValue(new java.io.File(System.getProperty("digipolku.root", "."),
                "stack/demo/weight-management.json"), Map.class);
        definition.put("name", Map.of("fi", namePrefix + " " + java.util.UUID.randomUUID()));
        definition.put("careTeam", "diabetes-team");
        String definitionId = field(send("POST", "/api/v1/pathway-definitions", admin,
                JSON.writeValueAsString(definition), 201), "id");
        change("POST", "/api/v1/pathway-definitions/" + definitionId + "/publish", admin, null, 200,
                "/api/v1/pathway-definitions/" + definitionId);
        return field(send("POST", "/api/v1/enrollments", nurse,
                JSON.writeValueAsString(Map.of("definitionId", definitionId, "clientSubject", CLIENT_SUB)), 201),
                "id");
    }

    static String token(String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(KEYCLOAK
                + "/realms/digipolku/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=digipolku-app&username="
                        + user + "&password=demo"))
                .build();
        return field(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body(), "access_token");
    }

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }
}
