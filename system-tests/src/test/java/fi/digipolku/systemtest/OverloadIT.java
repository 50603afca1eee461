package fi.digipolku.systemtest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A burst of callers who give up (a request sent, the connection reset at once) against one service, straight and
 * through the gateway, while other callers wait for their answers. Without a bound on the work taken on, such a burst
 * queued requests until the service ran out of file descriptors and memory and never answered again. Now: those who
 * wait get their answer or 503 problem+json with Retry-After, never another 5xx; every acknowledged write is stored;
 * and afterwards the service answers again by itself, with every place for a request given back.
 */
class OverloadIT {

    private static final String CLIENT_SUB = "00000000-0000-4000-8000-000000000001";
    private static final String PATHWAY = "http://localhost:8081";
    private static final Duration BURST = Duration.ofSeconds(10);
    private static final int CALLERS_WHO_GIVE_UP = 6;
    private static final int CALLERS_WHO_WAIT = 8;
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {PATHWAY, "http://localhost:8080"})
    void aBurstOfCallersWhoGiveUpIsShedAndTheServiceRecoversByItself(String base) throws Exception {
        String definition = Stack.publish(Stack.demoPathway("weight-management.json"), "Ylikuorma");
        String enrollment = Stack.startFor("nurse", definition, CLIENT_SUB);
        String token = Stack.token("client");
        String path = "/api/v1/enrollments/" + enrollment + "/modules/weight/records";
        URI port = URI.create(base);

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
        List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong givenUp = new AtomicLong();
        long end = System.nanoTime() + BURST.toNanos();
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS_WHO_GIVE_UP + CALLERS_WHO_WAIT);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < CALLERS_WHO_GIVE_UP; i++) {
            running.add(callers.submit(() -> {
                while (System.nanoTime() < end) {
                    giveUp(port, path, token);
                    givenUp.incrementAndGet();
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
                }
                return null;
            }));
        }
        for (int i = 0; i < CALLERS_WHO_WAIT; i++) {
            running.add(callers.submit(() -> {
                while (System.nanoTime() < end) {
                    HttpResponse<String> answer = measure(base + path, token, Duration.ofSeconds(60));
                    answers.computeIfAbsent(Integer.toString(answer.statusCode()), k -> new AtomicLong())
                            .incrementAndGet();
                    if (answer.statusCode() == 201) {
                        acknowledged.add(id(answer.body()));
                    } else if (!refusedToComeBack(answer)) {
                        wrong.add(answer.statusCode() + " " + answer.headers().map() + " " + answer.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> caller : running) {
            caller.get(2, TimeUnit.MINUTES);
        }
        callers.shutdown();
        System.out.printf("%s: %d calls given up; answers to those who waited %s%n", base, givenUp.get(), answers);

        assertThat(givenUp.get()).as("the burst ran").isGreaterThan(1000);
        assertThat(wrong).as("those who waited got their answer or 503 with Retry-After, nothing else").isEmpty();

        // Afterwards the service answers again without a restart, and no place for a request stays taken.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> measure(base + path, token, Duration.ofSeconds(15)).statusCode() == 201);
        for (String application : new String[]{PATHWAY, base}) {
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
                String metrics = given().get(application + "/q/metrics").then().statusCode(200).extract().asString();
                assertThat(gauge(metrics, "digipolku_http_requests_in_progress")).as(application + " in progress")
                        .isZero();
                assertThat(gauge(metrics, "process_files_open_files")).as(application + " open files")
                        .isLessThan(1000);
            });
        }
        assertThat(stored(enrollment)).as("every acknowledged measurement is stored").containsAll(acknowledged);
    }

    /** Sends a measurement and resets the connection at once, without reading anything. */
    private static void giveUp(URI server, String path, String token) {
        String body = "{\"values\":{\"value\":82.5}}";
        byte[] request = ("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
                .getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 2000);
            socket.setSoLinger(true, 0);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
        } catch (java.io.IOException refused) {
            // A connection refused under load is a caller who gave up too.
        }
    }

    private HttpResponse<String> measure(String url, String token, Duration timeout) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"values\":{\"value\":82.5}}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static boolean refusedToComeBack(HttpResponse<String> answer) {
        return answer.statusCode() == 503 && answer.headers().firstValue("Retry-After").isPresent()
                && answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                && answer.body().contains("urn:digipolku:problem:service-unavailable");
    }

    private static String id(String body) {
        Matcher matcher = ID.matcher(body);
        assertThat(matcher.find()).as("a stored record has an id: " + body).isTrue();
        return matcher.group(1);
    }

    private static double gauge(String metrics, String name) {
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no " + name + " in the metrics");
    }

    private static Set<String> stored(String enrollment) throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:5432/pathway", "pathway",
                "pathway-local");
                PreparedStatement query = db.prepareStatement(
                        "SELECT id::text FROM progress_record WHERE enrollment_id = ?::uuid")) {
            query.setString(1, enrollment);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }
}
