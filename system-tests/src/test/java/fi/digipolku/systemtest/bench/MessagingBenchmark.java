package fi.digipolku.systemtest.bench;

import static fi.digipolku.systemtest.bench.Bench.CLIENT_SUB;
import static fi.digipolku.systemtest.bench.Bench.JSON;
import static fi.digipolku.systemtest.bench.Bench.change;
import static fi.digipolku.systemtest.bench.Bench.field;
import static fi.digipolku.systemtest.bench.Bench.run;
import static fi.digipolku.systemtest.bench.Bench.send;
import static fi.digipolku.systemtest.bench.Bench.token;

import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmarks messaging-service through the gateway of the running stack and prints figures (run with
 * {@code ./platform bench messaging}):
 * <ol>
 * <li>a client posting messages: throughput and latency percentiles with concurrent senders;</li>
 * <li>the professional's inbox with 1,000 and then 100,000 threads in the team, half of them open and a quarter
 * waiting for a reply, to show it stays index-backed (p95 at 100,000 within 1.5× of the 1,000 case).</li>
 * </ol>
 * Bulk threads are written straight into the service's database and removed at the end; the measured requests use real
 * tokens.
 */
final class MessagingBenchmark {

    private static final String TEAM = "diabetes-team";
    private static final int SENDERS = 8;

    private MessagingBenchmark() {
    }

    static void measure() throws Exception {
        String admin = token("admin");
        String nurse = token("nurse");
        String client = token("client");

        @SuppressWarnings("unchecked")
        Map<String, Object> definition = JSON.readValue(new File(System.getProperty("digipolku.root", "."),
                "stack/demo/weight-management.json"), Map.class);
        definition.put("name", Map.of("fi", "Benchmark " + UUID.randomUUID()));
        definition.put("careTeam", TEAM);
        String definitionId = field(send("POST", "/api/v1/pathway-definitions", admin,
                JSON.writeValueAsString(definition), 201), "id");
        change("POST", "/api/v1/pathway-definitions/" + definitionId + "/publish", admin, null, 200,
                "/api/v1/pathway-definitions/" + definitionId);
        String enrollment = field(send("POST", "/api/v1/enrollments", nurse,
                JSON.writeValueAsString(Map.of("definitionId", definitionId, "clientSubject", CLIENT_SUB)), 201),
                "id");

        List<String> threads = new ArrayList<>();
        for (int i = 0; i < SENDERS; i++) {
            threads.add(openThread(client, enrollment, i));
        }
        System.out.println("== Posting a message (POST /api/v1/threads/{id}/messages through the gateway)");
        AtomicInteger next = new AtomicInteger();
        String message = "{\"body\":\"Mittasin verensokerin aamulla, arvo oli tavallista korkeampi. Mitä teen?\"}";
        run("warm-up", 200, 4, () -> send("POST", "/api/v1/threads/"
                + threads.get(next.getAndIncrement() % SENDERS) + "/messages", client, message, 201));
        run("post message", 2000, SENDERS, () -> send("POST", "/api/v1/threads/"
                + threads.get(next.getAndIncrement() % SENDERS) + "/messages", client, message, 201));

        System.out.println("== The team's inbox as the threads grow (GET /api/v1/inbox?size=20)");
        String inbox = "/api/v1/inbox?size=20";
        String unanswered = "/api/v1/inbox?size=20&view=unanswered";
        bulkThreads(enrollment, definitionId, 1_000);
        run("warm-up", 100, 2, () -> send("GET", inbox, nurse, null, 200));
        double allSmall = run("inbox, 1,000 threads", 300, 4, () -> send("GET", inbox, nurse, null, 200));
        double unansweredSmall = run("unanswered, 1,000 threads", 300, 4,
                () -> send("GET", unanswered, nurse, null, 200));
        bulkThreads(enrollment, definitionId, 99_000);
        run("warm-up", 100, 2, () -> send("GET", inbox, nurse, null, 200));
        double allLarge = run("inbox, 100,000 threads", 300, 4, () -> send("GET", inbox, nurse, null, 200));
        double unansweredLarge = run("unanswered, 100,000 threads", 300, 4,
                () -> send("GET", unanswered, nurse, null, 200));
        System.out.printf("p95 ratio 100,000 / 1,000: inbox %.2f, unanswered %.2f (target <= 1.50)%n",
                allLarge / allSmall, unansweredLarge / unansweredSmall);

        removeBulk();
        change("POST", "/api/v1/enrollments/" + enrollment + "/complete", nurse, null, 200,
                "/api/v1/enrollments/" + enrollment);
        change("POST", "/api/v1/pathway-definitions/" + definitionId + "/retire", admin, null, 200,
                "/api/v1/pathway-definitions/" + definitionId);
    }

    /** Opens a thread once messaging-service has heard of the enrollment (it learns it from pathway events). */
    private static String openThread(String client, String enrollment, int i) throws Exception {
        String body = JSON.writeValueAsString(Map.of("enrollmentId", enrollment, "topic", "Benchmark " + i,
                "body", "Aloitan seurannan."));
        long deadline = System.currentTimeMillis() + 30_000;
        while (true) {
            try {
                return field(send("POST", "/api/v1/threads", client, body, 201), "id");
            } catch (IllegalStateException notYet) {
                if (System.currentTimeMillis() > deadline) {
                    throw notYet;
                }
                Thread.sleep(500);
            }
        }
    }

    /** Inserts {@code count} threads of random clients in the team: half open, a quarter waiting with a due time. */
    private static void bulkThreads(String enrollment, String definitionId, int count) throws Exception {
        long start = System.nanoTime();
        try (Connection db = Bench.database("messaging");
                PreparedStatement insert = db.prepareStatement("""
                        INSERT INTO message_thread (id, enrollment_id, client_subject, definition_id, care_team,
                            inbox_team, topic, status, opened_by, opened_by_role, opened_at, last_message_at,
                            waiting_since, clock_started_at, due_at, version)
                        SELECT gen_random_uuid(), CAST(? AS uuid), 'bench-' || gen_random_uuid(), CAST(? AS uuid),
                               ?, ?, 'Benchmark', CASE WHEN n % 2 = 0 THEN 'OPEN' ELSE 'CLOSED' END, 'bench',
                               'client', now() - make_interval(mins => n), now() - make_interval(mins => n),
                               CASE WHEN n % 4 = 0 THEN now() - make_interval(mins => n) END,
                               CASE WHEN n % 4 = 0 THEN now() - make_interval(mins => n) END,
                               CASE WHEN n % 4 = 0 THEN now() + make_interval(mins => n) END, 0
                        FROM generate_series(1, ?) AS n""")) {
            insert.setString(1, enrollment);
            insert.setString(2, definitionId);
            insert.setString(3, TEAM);
            insert.setString(4, TEAM);
            insert.setInt(5, count);
            insert.executeUpdate();
            db.createStatement().execute("ANALYZE message_thread");
        }
        System.out.printf("loaded %,d threads in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
    }

    /** The bulk threads go when the run is over, so the stack is left as it was found. */
    private static void removeBulk() throws Exception {
        try (Connection db = Bench.database("messaging")) {
            int removed = db.createStatement().executeUpdate("DELETE FROM message_thread WHERE opened_by = 'bench'");
            db.createStatement().execute("ANALYZE message_thread");
            System.out.printf("removed %,d bulk threads%n", removed);
        }
    }
}
