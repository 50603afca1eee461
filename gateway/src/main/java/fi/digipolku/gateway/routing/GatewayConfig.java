package fi.digipolku.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which service owns which paths, and how long the gateway waits for them. */
@ConfigMapping(prefix = "digipolku.gateway")
public interface GatewayConfig {

    /** The upstream services by name ({@code pathway}, {@code messaging}…); the name is also used in {@code /openapi/{name}}. */
    Map<String, Service> services();

    /** How long an upstream may stay silent before the caller gets 504 (a service under load answers well within it). */
    @WithDefault("10s")
    Duration requestTimeout();

    /** How long to wait for a TCP connection to an upstream before the caller gets 503 (a refused one is a 502). */
    @WithDefault("2s")
    Duration connectTimeout();

    /** Connections kept open to each upstream; further requests wait for one, at most the request timeout. */
    @WithDefault("50")
    int connectionsPerService();

    /**
     * Requests that may wait for one of a service's connections; one more is answered at once with 503 and
     * Retry-After, instead of waiting out the request timeout and getting 504.
     */
    @WithDefault("100")
    int waitingPerService();

    /**
     * How long a request may wait for one of a service's connections when all are busy (the service is slow, not
     * stuck); then 503 with Retry-After. Longer than the connect timeout.
     */
    @WithDefault("10s")
    Duration connectionWait();

    /** Requests per minute the gateway forwards for one caller; beyond it, 429 with Retry-After. */
    RateLimit rateLimit();

    /** Per-caller request budgets. */
    interface RateLimit {

        /** A person's budget (client, professional, admin, analyst), by token subject. */
        @WithDefault("300")
        int perSubject();

        /** An integrator client's budget, by client id; EHR integrations fetch in bulk. */
        @WithDefault("1200")
        int perIntegrator();
    }

    /** One upstream service. */
    interface Service {

        /** Where the service listens, scheme, host and port only, e.g. {@code http://localhost:8081}. */
        URI url();

        /** The path prefixes the service owns: each prefix itself and everything below it. */
        List<String> prefixes();

        /**
         * The largest request body the service takes (its {@code quarkus.http.limits.max-body-size}); a larger one is
         * refused here with 413, before any of it is forwarded.
         */
        @WithDefault("1M")
        MemorySize maxBodySize();
    }
}
