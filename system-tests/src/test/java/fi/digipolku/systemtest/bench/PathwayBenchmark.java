package fi.digipolku.systemtest.bench;

import static fi.digipolku.systemtest.bench.Bench.CLIENT_SUB;
import static fi.digipolku.systemtest.bench.Bench.JSON;
import static fi.digipolku.systemtest.bench.Bench.field;
import static fi.digipolku.systemtest.bench.Bench.run;
import static fi.digipolku.systemtest.bench.Bench.send;
import static fi.digipolku.systemtest.bench.Bench.token;

import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;

/**
 * Benchmarks pathway-service through the gateway of the running stack and prints figures (run with
 * {@code ./platform bench}):
 * <ol>
 * <li>recording a measurement: throughput and latency percentiles with concurrent clients;</li>
 * <li>the monitoring list and the client timeline with 1,000 and then 100,000 enrollments in the team, to show they
 * stay index-backed (p95 at 100,000 within 1.5× of the 1,000 case).</li>
 * </ol>
 * Bulk enrollments are written straight into the service's database (one team, one pathway made for the run) and removed
 * at the end; the
 * measured requests use real tokens.
 */
final class PathwayBenchmark {

    private PathwayBenchmark() {
    }

    static void measure() throws Exception {
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
        removeBulk();
    }

    /** Inserts {@code count} active, followed enrollments of random clients on the definition's version 1. */
    private static void bulkEnroll(String definitionId, String team, int count) throws Exception {
        long start = System.nanoTime();
        try (Connection db = Bench.database("pathway");
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

    /** The bulk enrollments go when the run is over, so the stack is left as it was found. */
    private static void removeBulk() throws Exception {
        try (Connection db = Bench.database("pathway")) {
            int removed = db.createStatement().executeUpdate("DELETE FROM enrollment WHERE started_by = 'bench'");
            db.createStatement().execute("ANALYZE enrollment");
            System.out.printf("removed %,d bulk enrollments%n", removed);
        }
    }
}
