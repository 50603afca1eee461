package fi.digipolku.support.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;

/**
 * What every Digipolku application serves besides its API: health, Prometheus metrics, its OpenAPI document, and
 * problem+json for paths nothing serves. A service's test class extends this and adds its Quarkus test annotations.
 */
public abstract class PlatformEndpointsContract {

    @Test
    void livenessAndReadinessAreUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsAreServed() {
        given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .body(containsString("# TYPE jvm_memory_used_bytes gauge"));
    }

    @Test
    void openApiDocumentNamesTheRealmAndTheGateway() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("openapi", containsString("3."))
                .body("components.securitySchemes.keySet()", not(hasItem("none")))
                .body("components.securitySchemes.oidc.type", equalTo("openIdConnect"))
                .body("components.securitySchemes.oidc.openIdConnectUrl",
                        endsWith("/realms/digipolku/.well-known/openid-configuration"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("servers[0].url", equalTo("http://localhost:8080"));
    }

    @Test
    void everyApiPathNeedsATokenEvenWhenNothingServesIt() {
        given().get("/api/v1/no-such-thing").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:digipolku:problem:unauthorized"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithAProblemNotAnEmpty413() {
        String largerThanAnyService = "{\"text\":\"" + "y".repeat(17 * 1024 * 1024) + "\"}";
        given().auth().oauth2(TestTokens.admin("admin-x")).contentType("application/json").body(largerThanAnyService)
                .post("/api/v1/no-such-thing").then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:digipolku:problem:payload-too-large"));
    }

    @Test
    void aPageThatIsNoNumberIsABadRequestNotANotFound() {
        given().auth().oauth2(TestTokens.client("client-without-accesses")).get("/api/v1/access-log?page=abc&size=1e3")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:digipolku:problem:validation"));
    }

    @Test
    void unknownPathsAnswerWithAProblem() {
        given().auth().oauth2(TestTokens.admin("admin-x")).get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:digipolku:problem:not-found"));
    }

    @Test
    void theAccessLogIsAPageWithItsTotal() {
        given().auth().oauth2(TestTokens.client("client-without-accesses")).get("/api/v1/access-log?page=0&size=5")
                .then().statusCode(200)
                .body("items", empty())
                .body("page", equalTo(0))
                .body("size", equalTo(5))
                .body("total", equalTo(0));
    }

    /** The methods the metrics probe sends, ordinary and odd. */
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
            "TRACE", "PROPFIND");

    /**
     * Anyone, with or without a token, can send any path: the {@code uri} label of the HTTP metrics must never take a
     * path from the request, or every distinct URL would add series to {@code /q/metrics} without bound. After a first
     * round of every kind of request (methods, paths that answer 401, 403, 404, 405, 414…), thousands more with fresh
     * random paths add no series, and no label holds a piece of a path.
     */
    @Test
    void randomPathsNeverBecomeMetricLabels() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        List<String> sent = new ArrayList<>();
        probeRound(random, sent);
        Set<String> firstRound = httpSeries();
        for (int round = 0; round < 8; round++) {
            probeRound(random, sent);
        }
        String metrics = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(httpSeries(metrics)).as("HTTP series after %d random requests (seed %d)", sent.size(), seed)
                .isEqualTo(firstRound);
        String labels = metrics.toLowerCase(Locale.ROOT);
        for (String marker : sent) {
            assertThat(labels).as("seed %d", seed).doesNotContain(marker);
        }
    }

    /**
     * Path prefixes of this application that lead somewhere (a route or a resource with templates), probed with random
     * paths below them too.
     */
    protected List<String> routedPrefixes() {
        return List.of();
    }

    /** One request of every kind, each with a path no one sent before. */
    private void probeRound(Random random, List<String> sent) {
        int port = RestAssured.port;
        String token = "Authorization: Bearer " + TestTokens.admin("metrics-probe-" + random.nextInt(1_000_000));
        List<String> shapes = new ArrayList<>(List.of("/api/v1/%s", "/api/v1/%s/%s", "/fhir/r4/%s/%s", "/%s",
                "/q/%s", "/q/health/%s", "/q/metrics/%s", "/openapi/%s", "/api/v1/%s?q=%s", "/api/v1/%s|%s{x}"));
        for (String prefix : routedPrefixes()) {
            shapes.add(prefix + "/%s");
            shapes.add(prefix + "/%s/%s");
        }
        List<String> methods = new ArrayList<>(METHODS);
        String madeUp = marker(random);
        sent.add(madeUp);
        methods.add(madeUp.toUpperCase(Locale.ROOT));
        for (String method : methods) {
            for (String shape : shapes) {
                for (String auth : new String[]{null, token, "Authorization: Bearer not-a-jwt"}) {
                    String a = marker(random);
                    String b = marker(random);
                    sent.add(a);
                    sent.add(b);
                    String target = shape.formatted(a, b);
                    probe(port, method, target, auth == null ? new String[0] : new String[]{auth});
                }
            }
        }
        String tooLong = marker(random);
        sent.add(tooLong);
        probe(port, "GET", "/api/v1/" + tooLong + "x".repeat(40_000));
    }

    /** Sends a request; one the server drops without an answer counts as sent too. */
    private static void probe(int port, String method, String target, String... headers) {
        try {
            RawHttp.send(port, method, target, headers);
        } catch (RuntimeException dropped) {
            // a request line too long for the server may be cut off before any answer
        }
    }

    private static String marker(Random random) {
        StringBuilder marker = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            marker.append((char) ('a' + random.nextInt(26)));
        }
        return marker.toString();
    }

    private static Set<String> httpSeries() {
        return httpSeries(given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString());
    }

    /** The identities (name and labels) of every HTTP server series. */
    private static Set<String> httpSeries(String metrics) {
        Set<String> series = new TreeSet<>();
        for (String line : metrics.split("\n")) {
            if (line.startsWith("http_server_")) {
                series.add(line.substring(0, line.lastIndexOf(' ')));
            }
        }
        return series;
    }
}
