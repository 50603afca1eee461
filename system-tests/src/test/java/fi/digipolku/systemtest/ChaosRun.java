package fi.digipolku.systemtest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The chaos run ({@code ./platform chaos}; a short variant runs in {@code ./platform test} as {@link ChaosIT}): a mixed
 * write load through the gateway (a client's measurements, diary entries, messages and feedback answers, each retried
 * with its Idempotency-Key until acknowledged, as a mobile app does) while faults are applied one after another:
 * PostgreSQL restarted, Kafka stopped for 30 s, each service killed with SIGKILL and started again, Keycloak restarted.
 *
 * <p>
 * At the end it compares, per kind of write, what the client saw acknowledged with what the owning service stored and
 * what metrics-service counted, and reports for each fault the seconds until every service was ready again and
 * metrics-service counted new events. It fails when an acknowledged write is missing, anything is stored or counted
 * twice, or recovery took longer than {@link #RECOVERY_LIMIT}.
 */
public final class ChaosRun {

    static final Duration RECOVERY_LIMIT = Duration.ofSeconds(30);
    private static final Duration SETTLE = Duration.ofSeconds(15);
    private static final String[] SERVICES = {"pathway-service", "messaging-service", "feedback-service",
            "metrics-service", "gateway"};
    private static final Map<String, String> HEALTH = Map.of("pathway-service", "http://localhost:8081",
            "messaging-service", "http://localhost:8082", "feedback-service", "http://localhost:8083",
            "metrics-service", "http://localhost:8084", "gateway", "http://localhost:8080");
    private static final String CLIENT_SUB = "00000000-0000-4000-8000-000000000001";
    private static final int FEEDBACK_ANSWERS = 10;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One fault: a name and how to apply it; {@code apply} returns when the fault has been undone, with the moment
     * ({@link System#nanoTime()}) recovery counts from: the dependency back, or the service killed.
     */
    record Fault(String name, LongSupplier apply) {
    }

    /** What one kind of write came to. */
    record Tally(String kind, int acknowledged, long stored, long counted, int gaveUp) {

        long missing() {
            return Math.max(0, acknowledged - stored);
        }

        long duplicates() {
            return Math.max(0, stored - acknowledged) + Math.max(0, counted - stored);
        }

        long uncounted() {
            return Math.max(0, stored - counted);
        }
    }

    /** The outcome of a run. */
    record Report(List<Tally> tallies, Map<String, Double> recoverySeconds, Map<String, Integer> refusals) {

        boolean passed() {
            return tallies.stream().allMatch(t -> t.missing() == 0 && t.duplicates() == 0 && t.uncounted() == 0
                    && t.gaveUp() == 0 && t.acknowledged() > 0)
                    && recoverySeconds.values().stream().allMatch(s -> s <= RECOVERY_LIMIT.toSeconds())
                    && refusals.keySet().stream().noneMatch(status -> status.equals("500"));
        }

        String describe() {
            StringBuilder out = new StringBuilder();
            out.append(String.format("%-14s %12s %8s %8s %10s %8s %8s%n", "write", "acknowledged", "stored",
                    "counted", "duplicates", "missing", "gave up"));
            for (Tally t : tallies) {
                out.append(String.format("%-14s %12d %8d %8d %10d %8d %8d%n", t.kind(), t.acknowledged(), t.stored(),
                        t.counted(), t.duplicates(), t.missing(), t.gaveUp()));
            }
            out.append(String.format("%-34s %s%n", "fault",
                    "seconds until every service was ready and metrics-service counted new events (from the kill,"
                            + " or from the dependency's return)"));
            recoverySeconds.forEach((fault, seconds) -> out.append(String.format("%-34s %.1f%n", fault, seconds)));
            out.append("answers other than success while faults lasted (status: count): ").append(refusals)
                    .append(System.lineSeparator());
            out.append(passed() ? "PASSED" : "FAILED").append(System.lineSeparator());
            return out.toString();
        }
    }

    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, Integer> refusals = new ConcurrentSkipListMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);

    private ChaosRun() {
    }

    public static void main(String[] args) throws Exception {
        boolean full = args.length == 0 || !args[0].equals("short");
        Report report = run(full);
        System.out.print(report.describe());
        if (!report.passed()) {
            throw new IllegalStateException("the chaos run failed (see the figures above)");
        }
    }

    /** Applies the faults (all of them, or the short selection) under load and reports. */
    static Report run(boolean full) throws Exception {
        return new ChaosRun().execute(full);
    }

    private Report execute(boolean full) throws Exception {
        // Setup: a weight pathway for measurements and messages, a youth pathway for diary entries, and ten completed
        // youth enrollments whose feedback requests the client answers under the faults.
        String weight = Stack.publish(Stack.demoPathway("weight-management.json"), "Kaaos");
        String weightEnrollment = Stack.startFor("nurse", weight, CLIENT_SUB);
        String diary = Stack.publish(Stack.demoPathwayOpenToday("youth-sleep.json"), "Kaaos, päiväkirja");
        String diaryEnrollment = field(call("client", "POST", "/api/v1/enrollments",
                Map.of("definitionId", diary), UUID.randomUUID().toString(), 201), "id");
        // messaging-service learns of the enrollment from its event, within seconds
        String threadKey = UUID.randomUUID().toString();
        String thread = null;
        for (int attempt = 0; thread == null && attempt < 60; attempt++) {
            try {
                thread = field(call("client", "POST", "/api/v1/threads", Map.of("enrollmentId", weightEnrollment,
                        "topic", "Kaaos", "body", "Ensimmäinen viesti"), threadKey, 201), "id");
            } catch (IllegalStateException notYet) {
                pause(500);
            }
        }
        if (thread == null) {
            throw new IllegalStateException("the client could not open a thread on " + weightEnrollment);
        }
        String threadId = thread;
        String feedback = Stack.publish(Stack.demoPathwayOpenToday("youth-sleep.json"), "Kaaos, palaute");
        List<String> requests = feedbackRequests(feedback);

        List<Writer> writers = List.of(
                new Writer("measurements", () -> write("client", "POST",
                        "/api/v1/enrollments/" + weightEnrollment + "/modules/weight/records",
                        Map.of("values", Map.of("value", 82.5)), 201, 200)),
                new Writer("diary entries", () -> write("client", "POST",
                        "/api/v1/enrollments/" + diaryEnrollment + "/modules/mood-diary/records",
                        Map.of("text", "Nukuin tänään hyvin."), 201, 200)),
                new Writer("messages", () -> write("client", "POST", "/api/v1/threads/" + threadId + "/messages",
                        Map.of("body", "Vielä yksi kysymys."), 201, 200)),
                new Writer("feedback", new FeedbackAnswers(requests)));
        writers.get(2).acknowledged.incrementAndGet(); // the thread's first message
        List<Thread> threads = new ArrayList<>();
        for (Writer writer : writers) {
            Thread t = new Thread(writer, "chaos-" + writer.kind);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }

        Map<String, Double> recovery = new LinkedHashMap<>();
        pause(3_000);
        for (Fault fault : faults(full)) {
            System.out.println("chaos: " + fault.name());
            long from = fault.apply().getAsLong();
            recovery.put(fault.name(), secondsUntilRecovered(from));
            // A restarted JVM spends its first seconds of load compiling its hot code, which on a small machine
            // slows everything beside it: the next fault waits until that has passed, so each figure is one fault's.
            pause(SETTLE.toMillis());
        }
        running.set(false);
        for (Thread t : threads) {
            t.join(Duration.ofMinutes(3).toMillis());
        }

        List<Tally> tallies = new ArrayList<>();
        tallies.add(settled(writers.get(0), () -> count("pathway",
                "SELECT count(*) FROM progress_record WHERE enrollment_id = ?::uuid AND module_key = 'weight'",
                weightEnrollment), "measurement.recorded", weight));
        tallies.add(settled(writers.get(1), () -> count("pathway",
                "SELECT count(*) FROM progress_record WHERE enrollment_id = ?::uuid AND module_key = 'mood-diary'",
                diaryEnrollment), "diary.entry-added", diary));
        tallies.add(settled(writers.get(2), () -> count("messaging",
                "SELECT count(*) FROM message WHERE thread_id = ?::uuid", threadId), "message.sent", weight));
        tallies.add(settled(writers.get(3), () -> count("feedback",
                "SELECT (SELECT count(*) FROM feedback_response WHERE definition_id = ?::uuid)"
                        + " + (SELECT count(*) FROM response_pool WHERE definition_id = ?::uuid)",
                feedback, feedback),
                "feedback.submitted", feedback));
        return new Report(tallies, recovery, Map.copyOf(refusals));
    }

    /** The faults in order: every one for the full run, a kill of two services and a Keycloak restart for the short. */
    private List<Fault> faults(boolean full) {
        List<Fault> faults = new ArrayList<>();
        if (full) {
            faults.add(new Fault("PostgreSQL restarted (5 s down)", () -> {
                Stack.platform("stop", "postgres");
                pause(5_000);
                Stack.platform("run", "postgres");
                return System.nanoTime();
            }));
            faults.add(new Fault("Kafka stopped for 30 s", () -> {
                Stack.platform("stop", "kafka");
                pause(30_000);
                Stack.platform("run", "kafka");
                return System.nanoTime();
            }));
        }
        for (String service : full ? SERVICES : new String[]{"pathway-service", "metrics-service"}) {
            faults.add(new Fault(service + " killed (SIGKILL)", () -> {
                long killed = System.nanoTime();
                kill(service);
                Stack.platform("run", service); // what Kubernetes does for a pod that died
                return killed;
            }));
        }
        faults.add(new Fault("Keycloak restarted", () -> {
            Stack.platform("stop", "keycloak");
            Stack.platform("run", "keycloak");
            return System.nanoTime();
        }));
        return faults;
    }

    /** Sends SIGKILL to a service started by ./platform (its process group: the JVM and nothing else). */
    private static void kill(String service) {
        try {
            long pid = Long.parseLong(Files.readString(Stack.root().toPath().resolve(".local/run/" + service + ".pid"))
                    .trim());
            ProcessHandle.of(pid).ifPresent(process -> {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly(); // SIGKILL
            });
        } catch (Exception e) {
            throw new IllegalStateException("cannot kill " + service, e);
        }
    }

    /**
     * Seconds from {@code since} until every service answers ready and metrics-service counts events again: a consumer
     * can be ready while Kafka still holds its partitions for a member that was killed (until that session expires).
     */
    private static double secondsUntilRecovered(long since) {
        double ready = secondsUntilReady(since);
        if (Double.isInfinite(ready)) {
            return ready;
        }
        // Counting again: a fact stored after the latest one at the moment everything was ready.
        Timestamp latest = latestFact();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            Timestamp now = latestFact();
            if (now != null && (latest == null || now.after(latest))) {
                return (System.nanoTime() - since) / 1e9;
            }
            pause(250);
        }
        return Double.POSITIVE_INFINITY;
    }

    /** When metrics-service stored its latest fact (by the database's clock), or null if none or unreachable. */
    private static Timestamp latestFact() {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:5432/metrics", "metrics",
                "metrics-local");
                PreparedStatement query = db.prepareStatement(
                        "SELECT max(received_at) FROM event_fact");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getTimestamp(1);
        } catch (SQLException e) {
            return null; // the database itself may still be coming back
        }
    }

    /** Seconds from {@code since} until every service answers ready. */
    private static double secondsUntilReady(long since) {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            boolean all = true;
            for (String service : SERVICES) {
                all &= ready(HEALTH.get(service));
            }
            if (all) {
                return (System.nanoTime() - since) / 1e9;
            }
            pause(250);
        }
        return Double.POSITIVE_INFINITY;
    }

    private static boolean ready(String base) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    /** The tally of a writer once the stores have settled: metrics-service may still be catching up. */
    private Tally settled(Writer writer, Count stored, String eventType, String definition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        Tally tally;
        do {
            long counted = count("metrics", "SELECT count(*) FROM event_fact WHERE definition_id = ?::uuid"
                    + " AND event_type = ?", definition, eventType);
            tally = new Tally(writer.kind, writer.acknowledged.get(), stored.get(), counted, writer.gaveUp.get());
            if (tally.uncounted() == 0 && tally.missing() == 0) {
                return tally;
            }
            pause(1_000);
        } while (System.nanoTime() < deadline);
        return tally;
    }

    @FunctionalInterface
    private interface Count {
        long get() throws Exception;
    }

    /** A client completes ten youth enrollments; their feedback requests, in order. */
    private List<String> feedbackRequests(String definition) throws Exception {
        List<String> requests = new ArrayList<>();
        for (int i = 0; i < FEEDBACK_ANSWERS; i++) {
            String enrollment = field(call("client", "POST", "/api/v1/enrollments", Map.of("definitionId", definition),
                    UUID.randomUUID().toString(), 201), "id");
            // in this order: the end questionnaire last, since recording it completes the enrollment
            Map<String, Object> modules = new LinkedHashMap<>();
            modules.put("sleep-basics", Map.of());
            modules.put("mood-diary", Map.of("text", "Nukuin hyvin"));
            modules.put("weekly-check", Map.of());
            modules.put("end-check", Map.of("answers", Map.of("sleep-quality", 7)));
            for (Map.Entry<String, Object> module : modules.entrySet()) {
                call("client", "POST", "/api/v1/enrollments/" + enrollment + "/modules/" + module.getKey()
                        + "/records", module.getValue(), UUID.randomUUID().toString(), 201);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            String request = null;
            while (request == null && System.nanoTime() < deadline) {
                for (JsonNode r : JSON.readTree(call("client", "GET", "/api/v1/feedback/requests", null, null, 200))) {
                    if (r.path("definitionId").asText().equals(definition) && !requests.contains(r.path("id")
                            .asText())) {
                        request = r.path("id").asText();
                    }
                }
                pause(300);
            }
            if (request == null) {
                throw new IllegalStateException("no feedback request after completing enrollment " + enrollment);
            }
            requests.add(request);
        }
        return requests;
    }

    /** Answers the feedback requests one at a time; then there is nothing left to write. */
    private final class FeedbackAnswers implements Write {

        private final List<String> requests;
        private int next;

        FeedbackAnswers(List<String> requests) {
            this.requests = requests;
        }

        @Override
        public Boolean write() throws Exception {
            if (next == requests.size()) {
                return null;
            }
            // An earlier attempt that was stored but whose answer was lost comes back as 409: answered already.
            Boolean stored = ChaosRun.this.write("client", "POST", "/api/v1/feedback/requests/"
                    + requests.get(next) + "/response", Map.of("nps", 9, "ces", 6), 204, 409);
            next++;
            pause(1_000);
            return stored;
        }
    }

    @FunctionalInterface
    private interface Write {
        /** Writes one thing until acknowledged: true when acknowledged, false when given up, null when done. */
        Boolean write() throws Exception;
    }

    /** One kind of write, repeated while the run lasts. */
    private final class Writer implements Runnable {

        final String kind;
        final Write write;
        final AtomicInteger acknowledged = new AtomicInteger();
        final AtomicInteger gaveUp = new AtomicInteger();

        Writer(String kind, Write write) {
            this.kind = kind;
            this.write = write;
        }

        @Override
        public void run() {
            while (running.get()) {
                try {
                    Boolean done = write.write();
                    if (done == null) {
                        return;
                    }
                    (done ? acknowledged : gaveUp).incrementAndGet();
                } catch (Exception e) {
                    gaveUp.incrementAndGet();
                }
                pause(100);
            }
        }
    }

    /**
     * One write, sent with one Idempotency-Key until the service acknowledges it with one of {@code accepted} (retried
     * after a failed connection, a 401 with a fresh token, and 502/503/504), at most three minutes.
     */
    private Boolean write(String user, String method, String path, Object body, int... accepted) {
        String key = UUID.randomUUID().toString();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = send(user, method, path, body, key);
                for (int status : accepted) {
                    if (response.statusCode() == status) {
                        return true;
                    }
                }
                refusals.merge(String.valueOf(response.statusCode()), 1, Integer::sum);
                if (response.statusCode() == 401) {
                    tokens.remove(user);
                } else if (response.statusCode() < 500 && response.statusCode() != 429) {
                    return false;
                }
            } catch (Exception e) {
                refusals.merge(e.getClass().getSimpleName(), 1, Integer::sum);
            }
            pause(500);
        }
        return false;
    }

    /** A setup call that must answer {@code expected}; retried like a write while a fault may still last. */
    private String call(String user, String method, String path, Object body, String key, int expected)
            throws Exception {
        HttpResponse<String> response = send(user, method, path, body, key);
        if (response.statusCode() != expected && !(expected == 201 && response.statusCode() == 200)) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private HttpResponse<String> send(String user, String method, String path, Object body, String key)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Stack.GATEWAY + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token(user));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        if (body != null) {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A demo user's access token, fetched again after a 401 (Keycloak may be restarting: then this call fails). */
    private String token(String user) throws Exception {
        String token = tokens.get(user);
        if (token == null) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(Stack.KEYCLOAK
                    + "/realms/digipolku/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=digipolku-app&username="
                            + user + "&password=demo"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            token = JSON.readTree(response.body()).path("access_token").asText(null);
            if (token == null) {
                throw new IllegalStateException("no token for " + user + ": " + response.statusCode());
            }
            tokens.put(user, token);
        }
        return token;
    }

    private static String field(String json, String name) throws Exception {
        return JSON.readTree(json).path(name).asText();
    }

    private static long count(String database, String sql, String... parameters) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:5432/" + database, database,
                database + "-local"); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
