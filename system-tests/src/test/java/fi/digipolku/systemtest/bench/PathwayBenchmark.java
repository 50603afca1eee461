package fi.digipolku.systemtest.bench;

import static fi.digipolku.systemtest.bench.Bench.field;
import static fi.digipolku.systemtest.bench.Bench.run;
import static fi.digipolku.systemtest.bench.Bench.send;
import static fi.digipolku.systemtest.bench.Bench.token;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmarks pathway-service through the gateway of the running stack and prints figures (run with
 * {@code ./platform bench pathway}):
 * <ol>
 * <li>recording a measurement on many enrollments at 8 and 32 connections (wrk), next to pgbench running the same
 * statements at the same connections ({@link PgBench}): the throughput ratio (target at least 0.5) and the p99 ratio
 * (target at most 3);</li>
 * <li>the consumers after a minute at the peak write rate: how long until no consumer group lags and the outbox is
 * empty (target 10 s);</li>
 * <li>writes on one and the same enrollment, next to the same writes spread over many;</li>
 * <li>reads at 32 connections (an enrollment by id, the monitoring list of 100 rows, the client's timeline): each
 * against the write's throughput (target at least 3 times) and p99 (target at most 50 ms);</li>
 * <li>the monitoring list and the client timeline with 1,000 and then 100,000 enrollments in the team, to show they
 * stay index-backed (p95 at 100,000 within 1.5× of the 1,000 case).</li>
 * </ol>
 * Runs start with the machine idle: every consumer caught up and every outbox relayed. Bulk enrollments are written
 * straight into the service's database (one team, one pathway made for the run) and removed at the end; the measured
 * requests use real tokens.
 */
final class PathwayBenchmark {

    private static final String SERVICE = System.getProperty("digipolku.pathway.url", "http://localhost:8081");
    private static final int ENROLLMENTS = 32;
    private static final Duration RUN = Duration.ofSeconds(20);
    private static final Duration PEAK = Duration.ofSeconds(60);
    private static final Duration WARM_UP = Duration.ofSeconds(180);
    private static final String MEASUREMENT = "{\"values\":{\"value\":82.5}}";

    private PathwayBenchmark() {
    }

    static void measure() throws Exception {
        String admin = token("admin");
        String nurse = token("nurse");
        List<String> records = new ArrayList<>();
        List<String> enrollments = new ArrayList<>();
        for (int i = 0; i < ENROLLMENTS; i++) {
            String enrollment = Bench.weightEnrollment("Benchmark", admin, nurse);
            enrollments.add("/api/v1/enrollments/" + enrollment);
            records.add("/api/v1/enrollments/" + enrollment + "/modules/weight/records");
        }
        Wrk.Calls record = Wrk.Calls.post(records, token("client"), MEASUREMENT);

        System.out.println("== Recording a measurement through the gateway on " + ENROLLMENTS
                + " enrollments, next to pgbench running its statements (synchronous_commit "
                + PgBench.synchronousCommit() + ")");
        PgBench.prepare(ENROLLMENTS);
        // Three minutes of writes first: on two cores the services' JIT compilers take minutes to settle.
        Wrk.run(Bench.GATEWAY, record, 8, WARM_UP);
        Wrk.Result writeAt32 = null;
        for (int connections : new int[]{8, 32}) {
            idle();
            PgBench.Result floor = PgBench.run(connections, ENROLLMENTS, RUN);
            System.out.printf("%-40s %s%n", "pgbench, " + connections + " connections", floor.line());
            idle();
            Wrk.Result write = Wrk.run(Bench.GATEWAY, record, connections, RUN);
            System.out.printf("%-40s %s%n", "gateway, " + connections + " connections", write.line());
            System.out.printf(
                    "%d connections: throughput ratio %.2f (target >= 0.50), p99 ratio %.2f (target <= 3.00)%n",
                    connections, write.perSecond() / floor.perSecond(), write.p99() / floor.p99());
            writeAt32 = write;
        }
        PgBench.remove();

        System.out.println("== Consumers after " + PEAK.toSeconds() + " s of writes at the peak rate (32 connections)");
        idle();
        Wrk.Result peak = Wrk.run(Bench.GATEWAY, record, 32, PEAK);
        System.out.printf("%-40s %s%n", "peak writes", peak.line());
        System.out.printf("caught up (no consumer group lags, the outbox relayed) %s after the writes stopped"
                + " (target <= 10 s)%n", caughtUp(120));

        System.out.println("== Writes on one enrollment next to the same writes on " + ENROLLMENTS);
        idle();
        Wrk.Result one = Wrk.run(Bench.GATEWAY, Wrk.Calls.post(records.subList(0, 1), token("client"), MEASUREMENT),
                8, RUN);
        System.out.printf("%-40s %s%n", "one enrollment, 8 connections", one.line());
        idle();
        Wrk.Result many = Wrk.run(Bench.GATEWAY, record, 8, RUN);
        System.out.printf("%-40s %s%n", ENROLLMENTS + " enrollments, 8 connections", many.line());
        System.out.printf("one / many: throughput %.2f, p50 %.2f%n", one.perSecond() / many.perSecond(),
                one.p50() / many.p50());

        String definitionId = definitionOf(enrollments.get(0), nurse);
        String team = "diabetes-team";
        bulkEnroll(definitionId, team, 1_000);
        System.out.println("== Reads at 32 connections, next to the write at 32 connections ("
                + String.format("%.1f/s", writeAt32.perSecond()) + ")");
        String client = token("client");
        String reader = token("nurse");
        Map<String, Wrk.Calls> reads = new LinkedHashMap<>();
        reads.put("an enrollment by id", Wrk.Calls.get(enrollments, client));
        reads.put("monitoring list, 100 rows", Wrk.Calls.get(
                List.of("/api/v1/monitoring?size=100&definitionId=" + definitionId), reader));
        reads.put("the client's timeline", Wrk.Calls.get(enrollments.stream().map(e -> e + "/timeline").toList(),
                client));
        for (var read : reads.entrySet()) {
            Wrk.run(Bench.GATEWAY, read.getValue(), 8, Duration.ofSeconds(15));
            idle();
            Wrk.Result result = Wrk.run(Bench.GATEWAY, read.getValue(), 32, RUN);
            System.out.printf("%-40s %s%n", read.getKey(), result.line());
            System.out.printf("%s: %.1f× the write (target >= 3), p99 %.1f ms (target <= 50)%n", read.getKey(),
                    result.perSecond() / writeAt32.perSecond(), result.p99());
        }

        String monitoring = "/api/v1/monitoring?size=20&definitionId=" + definitionId;
        String timeline = enrollments.get(0) + "/timeline";
        System.out.println("== Monitoring list and client timeline as the team grows");
        run("warm-up", 100, 2, () -> send("GET", monitoring, reader, null, 200));
        double monitoringSmall = run("monitoring, 1,000 enrollments", 300, 4,
                () -> send("GET", monitoring, reader, null, 200));
        double timelineSmall = run("timeline, 1,000 enrollments", 300, 4,
                () -> send("GET", timeline, client, null, 200));
        bulkEnroll(definitionId, team, 99_000);
        run("warm-up", 100, 2, () -> send("GET", monitoring, reader, null, 200));
        double monitoringLarge = run("monitoring, 100,000 enrollments", 300, 4,
                () -> send("GET", monitoring, reader, null, 200));
        double timelineLarge = run("timeline, 100,000 enrollments", 300, 4,
                () -> send("GET", timeline, client, null, 200));
        System.out.printf("p95 ratio 100,000 / 1,000: monitoring %.2f, timeline %.2f (target <= 1.50)%n",
                monitoringLarge / monitoringSmall, timelineLarge / timelineSmall);
        removeBulk();
    }

    /** Waits until the machine is idle: every consumer caught up and every outbox relayed; then 2 s more. */
    static void idle() throws Exception {
        if (caughtUp(300).equals("never")) {
            throw new IllegalStateException("the consumers did not catch up within 5 minutes");
        }
        Thread.sleep(2000);
    }

    /** How long until no consumer group lags and pathway-service's outbox is relayed, or "never" within the limit. */
    static String caughtUp(int limitSeconds) throws Exception {
        long start = System.nanoTime();
        try (ConsumerLag lag = new ConsumerLag();
                Connection db = Bench.database("pathway");
                PreparedStatement unsent = db.prepareStatement(
                        "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL")) {
            while (true) {
                long pending;
                try (ResultSet row = unsent.executeQuery()) {
                    row.next();
                    pending = row.getLong(1);
                }
                if (pending == 0 && lag.total() == 0) {
                    return String.format("in %.1f s", (System.nanoTime() - start) / 1e9);
                }
                if (System.nanoTime() - start > limitSeconds * 1_000_000_000L) {
                    return "never";
                }
                Thread.sleep(100);
            }
        }
    }

    private static String definitionOf(String enrollmentPath, String nurse) throws Exception {
        return field(send("GET", enrollmentPath, nurse, null, 200), "definitionId");
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
