package fi.digipolku.systemtest.bench;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Benchmarks pathway-service through the gateway of the running stack and prints figures (run with
 * {@code ./platform bench}):
 * <ol>
 * <li>recording a measurement: throughput and latency percentiles with concurrent clients;</li>
 * <li>the monitoring list and the client timeline with 1,000 and then 100,000 enrollments in the team, to show they
 * stay index-backed (p95 at 100,000 within 1.5× of the 1,000 case).</li>
 * </ol>
 * Bulk enrollments are written straight into the service's database (one team, one pathway made for the run); the
 * measured requests use real tokens.
 */
public final class PathwayBenchmark {

    private static final String GATEWAY = System.getProperty("digipolku.gateway.url", "http://localhost:8080");
    private static final String KEYCLOAK = System.getProperty("digipolku.keycloak.url", "http://localhost:8180");
    private static final String DB = System.getProperty("digipolku.pathway.db",
            "jdbc:postgresql://localhost:5432/pathway");
    private static final String CLIENT_SUB = "00000000-0000-4000-8000-000000000001";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private PathwayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String admin = token("admin");
        String nurse = token("nurse");
        String client = token("client");
        String team = "diabetes-team";

        @SuppressWarnings("unchecked")
        Map<String, Object> definition = JSON.readValue(new File(System.getProperty("digipolku.root", "."),
                "stack/demo/weight-management.json"), Map.class);
        definition.put("name", Map.of("fi", "Benchmark " + UUID.randomUUID()));
        definition.put("careTeam", team);
        String definitionId = field(send("POST", "/api/v1/pathway-definitions", admin,
                JSON.writeValueAsString(definition), 201), "id");
        send("POST", "/api/v1/pathway-definitions/" + definitionId + "/publish", admin, null, 200);
        String enrollment = field(send("POST", "/api/v1/enrollments", nurse,
                JSON.writeValueAsString(Map.of("definitionId", definitionId, "clientSubject", CLIENT_SUB)), 201),
                "id");

        System.out.println("== Recording a measurement (POST .../modules/weight/records through the gateway)");
        String measurement = "{\"values\":{\"value\":82.5}}";
        String recordPath = "/api/v1/enrollments/" + enrollment + "/modules/weight/records";
        run("warm-up", 200, 4, () -> send("POST", recordPath, client, measurement, 201));
        run("record measurement", 2000, 8, () -> send("POST", recordPath, client, measurement, 201));

        String monitoring = "/api/v1/monitoring?size=20&definitionId=" + definitionId;
        String timeline = "/api/v1/enrollments/" + enrollment + "/timeline";
        System.out.println("== Monitoring list and client timeline as the team grows");
        bulkEnroll(definitionId, team, 1_000);
        run("warm-up", 100, 2, () -> send("GET", monitoring, nurse, null, 200));
        double monitoringSmall = run("monitoring, 1,000 enrollments", 300, 4,
                () -> send("GET", monitoring, nurse, null, 200));
        double timelineSmall = run("timeline, 1,000 enrollments", 300, 4,
                () -> send("GET", timeline, client, null, 200));
        bulkEnroll(definitionId, team, 99_000);
        run("warm-up", 100, 2, () -> send("GET", monitoring, nurse, null, 200));
        double monitoringLarge = run("monitoring, 100,000 enrollments", 300, 4,
                () -> send("GET", monitoring, nurse, null, 200));
        double timelineLarge = run("timeline, 100,000 enrollments", 300, 4,
                () -> send("GET", timeline, client, null, 200));
        System.out.printf("p95 ratio 100,000 / 1,000: monitoring %.2f, timeline %.2f (target <= 1.50)%n",
                monitoringLarge / monitoringSmall, timelineLarge / timelineSmall);
        send("POST", "/api/v1/pathway-definitions/" + definitionId + "/retire", admin, null, 200);
    }

    /** Inserts {@code count} active, followed enrollments of random clients on the definition's version 1. */
    private static void bulkEnroll(String definitionId, String team, int count) throws Exception {
        long start = System.nanoTime();
        try (Connection db = DriverManager.getConnection(DB, "pathway", "pathway-local");
                PreparedStatement insert = db.prepareStatement("""
                        INSERT INTO enrollment (id, definition_id, definition_version, client_subject, kind,
                            care_team, followed_by_team, status, started_on, ends_on, started_at, started_by,
                            last_activity_at)
                        SELECT gen_random_uuid(), CAST(? AS uuid), 1, 'bench-' || gen_random_uuid(), 'PROFESSIONAL',
                               ?, true, 'ACTIVE', current_date - (n % 80), current_date - (n % 80) + 83,
                               now() - make_interval(mins => n), 'bench', now() - make_interval(mins => n)
                        FROM generate_series(1, ?) AS n""")) {
            insert.setString(1, definitionId);
            insert.setString(2, team);
            insert.setInt(3, count);
            insert.executeUpdate();
            db.createStatement().execute("ANALYZE enrollment");
        }
        System.out.printf("loaded %,d enrollments in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
    }

    /** Runs {@code total} calls on {@code threads} threads; prints throughput and percentiles; returns p95 ms. */
    private static double run(String name, int total, int threads, Call call) throws Exception {
        long[] latencies = new long[total];
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable);
            thread.setDaemon(true);
            return thread;
        });
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                long t0 = System.nanoTime();
                call.run();
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
        double p95 = percentile(latencies, 0.95);
        if (!name.equals("warm-up")) {
            System.out.printf("%-34s %6d calls %8.1f/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms%n", name, total,
                    total / seconds, percentile(latencies, 0.50), p95, percentile(latencies, 0.99));
        }
        return p95;
    }

    private static double percentile(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    @FunctionalInterface
    private interface Call {
        String run() throws Exception;
    }

    private static String send(String method, String path, String token, String body, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY + path))
                .header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private static String token(String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(KEYCLOAK
                + "/realms/digipolku/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=digipolku-app&username="
                        + user + "&password=demo"))
                .build();
        return field(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body(), "access_token");
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }
}
