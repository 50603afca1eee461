package fi.digipolku.systemtest.bench;

import static fi.digipolku.systemtest.bench.Bench.sendTo;
import static fi.digipolku.systemtest.bench.Bench.token;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the gateway costs and whether it holds under load (run with {@code ./platform bench gateway}): the same calls,
 * with the same tokens, through the gateway and straight to pathway-service (both check the token), at 8, 32 and 64
 * connections (wrk): recording a measurement on many enrollments, and reading an enrollment by id. Per call and
 * connections it prints both runs' figures with their errors (any answer other than the expected one: with healthy
 * services there must be none, no 502, 503 or 504), the p50 difference (target at most 1 ms) and the throughput ratio
 * (target at least 0.9). Then a mix at 32 callers of whom some give up after a few milliseconds: those who wait must
 * see no error either.
 */
final class GatewayBenchmark {

    private static final String SERVICE = System.getProperty("digipolku.pathway.url", "http://localhost:8081");
    private static final int CALLS = 3000;
    private static final int ENROLLMENTS = 32;
    private static final Duration RUN = Duration.ofSeconds(15);
    private static final Duration IMPATIENCE = Duration.ofMillis(15);
    private static final HttpClient IMPATIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private GatewayBenchmark() {
    }

    static void measure() throws Exception {
        String admin = token("admin");
        String nurse = token("nurse");
        String client = token("client");
        List<String> enrollments = new ArrayList<>();
        for (int i = 0; i < ENROLLMENTS; i++) {
            enrollments.add("/api/v1/enrollments/" + Bench.weightEnrollment("Gateway benchmark", admin, nurse));
        }
        String enrollment = enrollments.get(0).substring("/api/v1/enrollments/".length());
        String list = "/api/v1/pathway-definitions?size=20";
        String record = "/api/v1/enrollments/" + enrollment + "/modules/weight/records";
        String measurement = "{\"values\":{\"value\":82.5}}";
        Map<String, Wrk.Calls> calls = new LinkedHashMap<>();
        calls.put("record a measurement", Wrk.Calls.post(
                enrollments.stream().map(e -> e + "/modules/weight/records").toList(), client, measurement));
        calls.put("read an enrollment", Wrk.Calls.get(enrollments, client));

        System.out.println("== The gateway's cost: the same calls through the gateway and straight to pathway-service");
        for (Wrk.Calls call : calls.values()) {
            Wrk.run(SERVICE, call, 8, RUN);
            Wrk.run(Bench.GATEWAY, call, 8, RUN);
        }
        for (int connections : new int[]{8, 32, 64}) {
            for (var call : calls.entrySet()) {
                PathwayBenchmark.idle();
                Wrk.Result direct = Wrk.run(SERVICE, call.getValue(), connections, RUN);
                PathwayBenchmark.idle();
                Wrk.Result gateway = Wrk.run(Bench.GATEWAY, call.getValue(), connections, RUN);
                String name = call.getKey() + ", " + connections + " connections";
                System.out.printf("%-44s direct  %s%n", name, direct.line());
                System.out.printf("%-44s gateway %s%n", name, gateway.line());
                System.out.printf("%s: gateway p50 %+.2f ms (target <= 1), throughput ratio %.2f (target >= 0.90)%n",
                        name, gateway.p50() - direct.p50(), gateway.perSecond() / direct.perSecond());
            }
        }
        AtomicLong calls32 = new AtomicLong();

        // Mobile callers on a bad network give up: every fourth call is abandoned after a few milliseconds, closing its
        // connection while the gateway still waits for the service. The callers who wait must not notice.
        System.out.println("== Callers that give up: every 4th call abandoned after " + IMPATIENCE.toMillis()
                + " ms, 32 callers");
        AtomicLong abandoned = new AtomicLong();
        AtomicLong turns = new AtomicLong();
        Bench.Figures patient = Bench.figures("gateway, 32 callers, 1 in 4 gives up", CALLS, 32, () -> {
            if (turns.incrementAndGet() % 4 == 1) {
                return abandon(list, admin, abandoned);
            }
            return mixed(Bench.GATEWAY, calls32, admin, client, list, record, measurement);
        });
        System.out.printf("abandoned %d calls; errors of the callers who waited %d%n", abandoned.get(),
                patient.errorCount());
    }

    /** A GET through the gateway given up after {@link #IMPATIENCE}; any answer in time is fine too. */
    private static String abandon(String path, String token, AtomicLong abandoned) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Bench.GATEWAY + path)).timeout(IMPATIENCE)
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            return IMPATIENT.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (HttpTimeoutException e) {
            abandoned.incrementAndGet();
            return "";
        }
    }

    private static String mixed(String base, AtomicLong calls, String admin, String client, String list,
            String record, String measurement) throws Exception {
        return calls.incrementAndGet() % 4 == 0
                ? sendTo(base, "POST", record, client, measurement, 201)
                : sendTo(base, "GET", list, admin, null, 200);
    }
}
