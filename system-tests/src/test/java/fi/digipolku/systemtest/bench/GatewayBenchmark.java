package fi.digipolku.systemtest.bench;

import static fi.digipolku.systemtest.bench.Bench.run;
import static fi.digipolku.systemtest.bench.Bench.sendTo;
import static fi.digipolku.systemtest.bench.Bench.token;

/**
 * What the gateway costs (run with {@code ./platform bench gateway}): the same request, with the same token, once
 * through the gateway and once straight to the service, alternating warm-ups; prints the p50 difference, the p99
 * ratio and the throughput ratio.
 */
final class GatewayBenchmark {

    private static final String SERVICE = System.getProperty("digipolku.pathway.url", "http://localhost:8081");
    private static final int CALLS = 3000;
    private static final int THREADS = 8;

    private GatewayBenchmark() {
    }

    static void measure() throws Exception {
        String admin = token("admin");
        String path = "/api/v1/pathway-definitions?size=20";
        System.out.println("== GET " + path + " as admin, " + THREADS + " callers");
        run("warm-up", 500, 4, () -> sendTo(Bench.GATEWAY, "GET", path, admin, null, 200));
        run("warm-up", 500, 4, () -> sendTo(SERVICE, "GET", path, admin, null, 200));
        Bench.Figures direct = Bench.figures("direct to pathway-service", CALLS, THREADS,
                () -> sendTo(SERVICE, "GET", path, admin, null, 200));
        Bench.Figures gateway = Bench.figures("through the gateway", CALLS, THREADS,
                () -> sendTo(Bench.GATEWAY, "GET", path, admin, null, 200));
        System.out.printf("gateway cost: p50 +%.1f ms, p99 ratio %.2f, throughput ratio %.2f%n",
                gateway.p50() - direct.p50(), gateway.p99() / direct.p99(), gateway.perSecond() / direct.perSecond());
    }
}
