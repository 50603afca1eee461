package fi.digipolku.systemtest.bench;

import static fi.digipolku.systemtest.bench.Bench.JSON;
import static fi.digipolku.systemtest.bench.Bench.field;
import static fi.digipolku.systemtest.bench.Bench.send;
import static fi.digipolku.systemtest.bench.Bench.token;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak ({@code ./platform bench soak --minutes N}): a steady mixed load through the gateway (measurements, messages,
 * reading the pathway list and the inbox) for N minutes, printing per minute the calls, errors and p99, and the heap in
 * use (after the latest collection, from each service's /q/metrics) and the resident memory (VmRSS) of every service.
 * At the end it prints each service's growth from the second minute to the last, and the error total; a leak shows as a
 * steady climb of heap after collection. Figures only; nothing is asserted.
 */
final class SoakBenchmark {

    private static final int CALLERS = 8;
    private static final Map<String, String> SERVICES = new LinkedHashMap<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    static {
        SERVICES.put("pathway-service", "http://localhost:8081");
        SERVICES.put("messaging-service", "http://localhost:8082");
        SERVICES.put("feedback-service", "http://localhost:8083");
        SERVICES.put("metrics-service", "http://localhost:8084");
        SERVICES.put("gateway", "http://localhost:8080");
    }

    private SoakBenchmark() {
    }

    static void measure(int minutes) throws Exception {
        String admin = token("admin");
        String nurse = token("nurse");
        String client = token("client");
        String enrollment = Bench.weightEnrollment("Soak", admin, nurse);
        String thread = null;
        for (int attempt = 0; thread == null && attempt < 60; attempt++) {
            try {
                thread = field(send("POST", "/api/v1/threads", client, JSON.writeValueAsString(Map.of(
                        "enrollmentId", enrollment, "topic", "Soak", "body", "Alku")), 201), "id");
            } catch (IllegalStateException notYet) {
                Thread.sleep(500);
            }
        }
        String record = "/api/v1/enrollments/" + enrollment + "/modules/weight/records";
        String messages = "/api/v1/threads/" + thread + "/messages";
        // Access tokens live 15 minutes: the soak takes fresh ones every minute, as an app refreshes its own.
        Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>(Map.of("admin", admin, "nurse",
                nurse, "client", client));
        List<Bench.Call> calls = List.of(
                () -> send("POST", record, tokens.get("client"), "{\"values\":{\"value\":82.5}}", 201),
                () -> send("POST", messages, tokens.get("client"), "{\"body\":\"Kysymys\"}", 201),
                () -> send("GET", "/api/v1/pathway-definitions?size=20", tokens.get("admin"), null, 200),
                () -> send("GET", "/api/v1/inbox?size=20", tokens.get("nurse"), null, 200));

        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger turn = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            Thread t = new Thread(() -> {
                while (running.get()) {
                    long t0 = System.nanoTime();
                    try {
                        calls.get(Math.floorMod(turn.getAndIncrement(), calls.size())).run();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - t0);
                }
            });
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }

        System.out.printf("== Soak: %d callers for %d minutes (measurements, messages, pathway list, inbox)%n", CALLERS,
                minutes);
        StringBuilder header = new StringBuilder(String.format("%-4s %7s %6s %8s", "min", "calls", "errors", "p99 ms"));
        SERVICES.keySet().forEach(s -> header.append(String.format(" %22s", s + " heap/RSS MiB")));
        System.out.println(header);
        Map<String, double[]> first = new LinkedHashMap<>();
        Map<String, double[]> last = new LinkedHashMap<>();
        int totalErrors = 0;
        for (int minute = 1; minute <= minutes; minute++) {
            Thread.sleep(Duration.ofMinutes(1).toMillis());
            for (String user : List.copyOf(tokens.keySet())) {
                tokens.put(user, token(user));
            }
            long[] sample = latencies.stream().mapToLong(Long::longValue).toArray();
            latencies.clear();
            int minuteErrors = errors.getAndSet(0);
            totalErrors += minuteErrors;
            Arrays.sort(sample);
            StringBuilder line = new StringBuilder(String.format("%-4d %7d %6d %8.1f", minute, sample.length,
                    minuteErrors, sample.length == 0 ? 0 : Bench.percentile(sample, 0.99)));
            for (Map.Entry<String, String> service : SERVICES.entrySet()) {
                double[] memory = {heapMiB(service.getValue()), rssMiB(service.getKey())};
                line.append(String.format(" %22s", String.format("%.0f/%.0f", memory[0], memory[1])));
                if (minute == Math.min(2, minutes)) {
                    first.put(service.getKey(), memory);
                }
                last.put(service.getKey(), memory);
            }
            System.out.println(line);
        }
        running.set(false);
        for (Thread t : threads) {
            t.join(10_000);
        }
        System.out.printf("soak: %d errors in %d minutes%n", totalErrors, minutes);
        first.forEach(
                (service, from) -> System.out.printf("soak: %s heap %+.0f MiB, RSS %+.0f MiB from minute %d to %d%n",
                        service, last.get(service)[0] - from[0], last.get(service)[1] - from[1], Math.min(2, minutes),
                        minutes));
    }

    /**
     * Heap a service holds after its latest collection (live data), MiB, from its Prometheus endpoint; the heap in use
     * when that is not reported.
     */
    private static double heapMiB(String base) {
        try {
            String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher live = Pattern.compile("(?m)^jvm_gc_live_data_size_bytes(?:\\{[^}]*})? ([0-9.E+-]+)")
                    .matcher(metrics);
            if (live.find() && Double.parseDouble(live.group(1)) > 0) {
                return Double.parseDouble(live.group(1)) / (1024 * 1024);
            }
            Matcher heap = Pattern.compile("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.E+-]+)")
                    .matcher(metrics);
            double bytes = 0;
            while (heap.find()) {
                bytes += Double.parseDouble(heap.group(1));
            }
            return bytes / (1024 * 1024);
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    /** Resident memory of a service started by ./platform, MiB, from /proc. */
    private static double rssMiB(String service) {
        try {
            String pid = Files.readString(Path.of(System.getProperty("digipolku.root", "."), ".local/run",
                    service + ".pid")).trim();
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Double.parseDouble(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (Exception e) {
            // not running, or not started by ./platform
        }
        return Double.NaN;
    }
}
