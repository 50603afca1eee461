package fi.digipolku.systemtest.bench;

import static fi.digipolku.systemtest.bench.Bench.run;
import static fi.digipolku.systemtest.bench.Bench.sendTo;
import static fi.digipolku.systemtest.bench.Bench.token;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the gateway costs and whether it holds under load (run with {@code ./platform bench gateway}): the same mix of
 * requests (three reads of the pathway list, one measurement written), with the same tokens, once through the gateway
 * and once straight to pathway-service, at 8, 32 and 64 concurrent callers. Prints each run's figures with its errors
 * (any answer other than the expected one: with healthy services there must be none, no 502, 503 or 504), and per
 * concurrency the p50 difference, the p99 ratio and the throughput ratio. Then the same mix at 32 callers of whom some
 * give up after a few milliseconds: those who wait must see no error either.
 */
final class GatewayBenchmark {

    private static final String SERVICE = System.getProperty("digipolku.pathway.url", "http://localhost:8081");
    private static final int CALLS = 3000;
    private static final Duration IMPATIENCE = Duration.ofMillis(15);
    private static final HttpClient IMPATIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private GatewayBenchmark() {
    }

    static void measure() throws Exception {
        String admin = token("admin");
        String nurse = token("nurse");
        String client = token("client");
        String enrollment = Bench.weightEnrollment("Gateway benchmark", admin, nurse);
        String list = "/api/v1/pathway-definitions?size=20";
        String record = "/api/v1/enrollments/" + enrollment + "/modules/weight/records";
        String measurement = "{\"values\":{\"value\":82.5}}";
        AtomicLong calls = new AtomicLong();

        System.out.println("== Mixed load: GET " + list + " (admin) ×3, POST a measurement (client) ×1");
        for (int callers : new int[]{8, 32, 64}) {
            for (String base : new String[]{SERVICE, Bench.GATEWAY}) {
                run("warm-up", 400, callers, () -> mixed(base, calls, admin, client, list, record, measurement));
            }
            Bench.Figures direct = Bench.figures("direct, " + callers + " callers", CALLS, callers,
                    () -> mixed(SERVICE, calls, admin, client, list, record, measurement));
            Bench.Figures gateway = Bench.figures("gateway, " + callers + " callers", CALLS, callers,
                    () -> mixed(Bench.GATEWAY, calls, admin, client, list, record, measurement));
            System.out.printf("%d callers: gateway cost p50 +%.1f ms, p99 ratio %.2f, throughput ratio %.2f;"
                    + " errors through the gateway %d%n", callers, gateway.p50() - direct.p50(),
                    gateway.p99() / direct.p99(), gateway.perSecond() / direct.perSecond(), gateway.errorCount());
        }

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
            return mixed(Bench.GATEWAY, calls, admin, client, list, record, measurement);
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
