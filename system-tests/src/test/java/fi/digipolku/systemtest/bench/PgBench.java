package fi.digipolku.systemtest.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The floor under recording a measurement: PostgreSQL's own pgbench running the statements pathway-service commits for
 * a measurement (the record inserted, the enrollment's activity time updated, the event put in the outbox) in one
 * transaction each, as the service's database role (so with the same {@code synchronous_commit}), on copies of the
 * service's tables with their indexes and the record's foreign key, in a schema of their own ({@code bench}) so that
 * nothing reaches the outbox relay. The statements are in {@code bench/record.sql}.
 */
final class PgBench {

    private static final String URL = System.getProperty("digipolku.pathway.db",
            "jdbc:postgresql://localhost:5432/pathway");

    private PgBench() {
    }

    /** Transactions per second, and p50 and p99 of their latency in milliseconds, and how many failed. */
    record Result(double perSecond, double p50, double p99, int failed) {

        String line() {
            return String.format("%8.1f/s  p50 %6.2f ms  p99 %6.2f ms  errors %d", perSecond, p50, p99, failed);
        }
    }

    /** Makes the copies of the tables, with {@code enrollments} enrollments to write on. */
    static void prepare(int enrollments) throws SQLException {
        try (Connection db = Bench.database("pathway"); Statement sql = db.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS bench CASCADE");
            sql.execute("CREATE SCHEMA bench");
            sql.execute("CREATE TABLE bench.enrollment (LIKE public.enrollment INCLUDING ALL)");
            sql.execute("""
                    CREATE TABLE bench.progress_record (LIKE public.progress_record INCLUDING ALL,
                        FOREIGN KEY (enrollment_id) REFERENCES bench.enrollment (id))""");
            sql.execute("CREATE TABLE bench.outbox_event (LIKE public.outbox_event INCLUDING ALL)");
            sql.execute("""
                    INSERT INTO bench.enrollment (id, definition_id, definition_version, client_subject, kind,
                        care_team, followed_by_team, status, started_on, ends_on, started_at, started_by,
                        last_activity_at)
                    SELECT ('00000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid, gen_random_uuid(), 1,
                           'bench-' || n, 'PROFESSIONAL', 'diabetes-team', true, 'ACTIVE', current_date,
                           current_date + 83, now(), 'bench', now()
                    FROM generate_series(1, %d) AS n""".formatted(enrollments));
            sql.execute("ANALYZE bench.enrollment");
        }
    }

    /** The {@code synchronous_commit} the service's role has (pgbench runs as that role). */
    static String synchronousCommit() throws SQLException {
        try (Connection db = Bench.database("pathway");
                Statement sql = db.createStatement();
                ResultSet row = sql.executeQuery("SHOW synchronous_commit")) {
            row.next();
            return row.getString(1);
        }
    }

    /** Runs the statements on {@code connections} connections for {@code duration}, on the prepared enrollments. */
    static Result run(int connections, int enrollments, Duration duration) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("pgbench");
        try {
            Path script = work.resolve("record.sql");
            try (InputStream in = PgBench.class.getResourceAsStream("/bench/record.sql")) {
                Files.write(script, in.readAllBytes());
            }
            URI uri = URI.create(URL.substring("jdbc:".length()));
            ProcessBuilder builder = new ProcessBuilder("pgbench", "-h", uri.getHost(), "-p",
                    String.valueOf(uri.getPort()), "-U", "pathway", "-n", "-M", "prepared", "-c",
                    String.valueOf(connections), "-j", "2", "-T", String.valueOf(duration.toSeconds()), "-D",
                    "enrollments=" + enrollments, "-f", script.toString(), "-l", "--log-prefix",
                    work.resolve("latency").toString(), uri.getPath().substring(1))
                    .directory(work.toFile()).redirectErrorStream(true);
            builder.environment().put("PGPASSWORD", "pathway-local");
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("pgbench failed: " + output);
            }
            return result(output, work);
        } finally {
            try (Stream<Path> files = Files.list(work)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(work);
        }
    }

    private static Result result(String output, Path work) throws IOException {
        double perSecond = Double.parseDouble(line(output, "tps = ").split(" ")[2]);
        String failedLine = line(output, "number of failed transactions: ");
        int failed = Integer.parseInt(failedLine.split(": ")[1].split(" ")[0]);
        // Each line of the per-transaction log: client, transaction, latency in µs, script, epoch, microseconds.
        List<Long> latencies = new ArrayList<>();
        try (Stream<Path> logs = Files.list(work)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().startsWith("latency")).toList()) {
                for (String line : Files.readAllLines(log)) {
                    latencies.add(Long.parseLong(line.split(" ")[2]));
                }
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).map(us -> us * 1000).sorted().toArray();
        return new Result(perSecond, Bench.percentile(sorted, 0.50), Bench.percentile(sorted, 0.99), failed);
    }

    private static String line(String output, String prefix) {
        return output.lines().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalStateException("pgbench printed no '" + prefix + "': " + output));
    }

    /** Drops the copies. */
    static void remove() throws SQLException {
        try (Connection db = Bench.database("pathway"); Statement sql = db.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS bench CASCADE");
        }
    }
}
