package fi.digipolku.systemtest;

import static fi.digipolku.systemtest.Stack.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * Every event consumer (metrics-service, messaging-service, feedback-service) rides out a database restart and a
 * broker outage while clients keep writing: afterwards each has applied every stored event exactly once, and every
 * service is ready again without a restart.
 */
class ConsumerOutageIT {

    private static final String[] SERVICES = {"http://localhost:8081", "http://localhost:8082",
            "http://localhost:8083", "http://localhost:8084"};

    private static final String[] DATABASES = {"pathway", "messaging", "feedback", "metrics"};

    /** Every status other than success the load was answered with. */
    private static final Set<Integer> REFUSALS = ConcurrentHashMap.newKeySet();

    @AfterAll
    static void everythingIsBack() {
        Stack.platform("run", "postgres", "kafka");
    }

    @Test
    void aDatabaseRestartUnderLoadLosesAndRepeatsNothing() throws Exception {
        underLoad(() -> {
            Stack.platform("stop", "postgres");
            pause(4000);
            Stack.platform("run", "postgres");
        });
    }

    /**
     * Connections end at random moments, mid-query and mid-commit, in every service's database: a commit whose
     * outcome the service cannot know is still a 503 the client retries, never a 500.
     */
    @Test
    void connectionsEndedAtRandomUnderLoadLoseAndRepeatNothing() throws Exception {
        underLoad(() -> {
            long end = System.nanoTime() + Duration.ofSeconds(6).toNanos();
            while (System.nanoTime() < end) {
                for (String database : DATABASES) {
                    endConnections(database);
                }
                pause(ThreadLocalRandom.current().nextInt(10, 90));
            }
        });
    }

    @Test
    void aBrokerOutageUnderLoadLosesAndRepeatsNothing() throws Exception {
        underLoad(() -> {
            Stack.platform("stop", "kafka");
            pause(15000);
            Stack.platform("run", "kafka");
        });
    }

    /**
     * A client records measurements and a nurse starts enrollments before, during and after the fault; then every
     * consumer's store is compared with pathway-service's own.
     */
    private static void underLoad(Runnable fault) throws Exception {
        Stack.token("client");
        Stack.token("nurse");
        String definition = Stack.publish(Stack.demoPathway("weight-management.json"), "Katkon kestävä");
        String enrollment = Stack.startFor("nurse", definition, "00000000-0000-4000-8000-000000000001");

        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger measurements = new AtomicInteger();
        AtomicInteger starts = new AtomicInteger();
        Thread client = new Thread(() -> {
            while (writing.get()) {
                if (recordRetrying(enrollment)) {
                    measurements.incrementAndGet();
                }
            }
        });
        Thread nurse = new Thread(() -> {
            while (writing.get()) {
                if (start(definition)) {
                    starts.incrementAndGet();
                }
            }
        });
        client.start();
        nurse.start();
        pause(2000);
        fault.run();
        pause(3000);
        writing.set(false);
        client.join(120_000);
        nurse.join(120_000);

        for (String service : SERVICES) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> given().get(service + "/q/health/ready").statusCode() == 200);
        }
        long recorded = count("pathway", "SELECT count(*) FROM progress_record WHERE enrollment_id = ?::uuid",
                enrollment);
        long started = count("pathway", "SELECT count(*) FROM enrollment WHERE definition_id = ?::uuid",
                definition);
        assertThat(recorded).as("every acknowledged measurement is stored, once").isEqualTo(measurements.get());
        assertThat(started).as("every acknowledged start is stored, once").isEqualTo(starts.get() + 1);
        assertThat(measurements.get()).as("the load ran").isGreaterThan(10);
        assertThat(REFUSALS).as("a fault is answered 503 (or the gateway's 502/504), never 500 or 4xx")
                .isSubsetOf(502, 503, 504);

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            assertThat(count("metrics", "SELECT count(*) FROM event_fact WHERE definition_id = ?::uuid"
                    + " AND event_type = 'measurement.recorded'", definition))
                    .as("metrics-service counted each measurement once").isEqualTo(recorded);
            assertThat(count("metrics", "SELECT count(*) FROM event_fact WHERE definition_id = ?::uuid"
                    + " AND event_type = 'enrollment.started'", definition))
                    .as("metrics-service counted each start once").isEqualTo(started);
            assertThat(count("messaging", "SELECT count(*) FROM enrollment WHERE definition_id = ?::uuid",
                    definition)).as("messaging-service knows every enrollment").isEqualTo(started);
            assertThat(count("feedback", "SELECT count(*) FROM enrollment WHERE definition_id = ?::uuid",
                    definition)).as("feedback-service knows every enrollment").isEqualTo(started);
        });
    }

    /** A retrying mobile app: the same Idempotency-Key until the server answers; true when it was stored. */
    private static boolean recordRetrying(String enrollment) {
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 120; attempt++) {
            try {
                int status = as("client").contentType(ContentType.JSON).header("Idempotency-Key", key)
                        .body(Map.of("values", Map.of("value", 82.5)))
                        .post("/api/v1/enrollments/" + enrollment + "/modules/weight/records").statusCode();
                if (status == 201 || status == 200) {
                    return true;
                }
                REFUSALS.add(status);
            } catch (RuntimeException e) {
                // The connection broke mid-request: try again with the same key.
            }
            pause(500);
        }
        throw new AssertionError("a measurement was not accepted within a minute");
    }

    /** A nurse's portal starting a pathway: the same Idempotency-Key until the server answers; true when stored. */
    private static boolean start(String definition) {
        String key = UUID.randomUUID().toString();
        Map<String, String> body = Map.of("definitionId", definition, "clientSubject", UUID.randomUUID().toString());
        for (int attempt = 0; attempt < 120; attempt++) {
            try {
                int status = as("nurse").contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                        .post("/api/v1/enrollments").statusCode();
                if (status == 201 || status == 200) {
                    return true;
                }
                REFUSALS.add(status);
            } catch (RuntimeException e) {
                // The connection broke mid-request: try again with the same key.
            }
            pause(500);
        }
        throw new AssertionError("a start was not accepted within a minute");
    }

    /** Ends the service's connections that are running a query or are inside a transaction. */
    private static void endConnections(String database) {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:5432/" + database, database,
                database + "-local");
                PreparedStatement end = db.prepareStatement("SELECT count(pg_terminate_backend(pid))"
                        + " FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
                        + " AND state IN ('active', 'idle in transaction')")) {
            end.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String database, String sql, String id) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:5432/" + database, database,
                database + "-local"); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, id);
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
            throw new IllegalStateException(e);
        }
    }
}
