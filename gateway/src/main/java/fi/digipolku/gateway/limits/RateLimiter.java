package fi.digipolku.gateway.limits;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.identity.SecurityIdentity;

import fi.digipolku.gateway.routing.GatewayConfig;
import fi.digipolku.support.identity.Role;

/**
 * Request budgets per caller (Bucket4j token buckets, refilled continuously): a person by token subject, an integrator
 * by client id. Idle buckets are forgotten after ten minutes, so memory follows the active callers. Budgets are per
 * gateway replica. Refill and idle expiry run on the libraries' monotonic nanosecond tickers ({@code System.nanoTime}),
 * not on the injected {@code Clock}: they measure elapsed time, which must not jump when the wall clock is set, and no
 * rule here depends on the date.
 */
@ApplicationScoped
public class RateLimiter {

    private final GatewayConfig.RateLimit config;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(200_000).build();

    public RateLimiter(GatewayConfig config) {
        this.config = config.rateLimit();
    }

    /** Null when the request may go on; else how long the caller must wait. */
    public Duration take(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        boolean integrator = identity.hasRole(Role.INTEGRATOR);
        String client = identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("azp") != null
                ? jwt.getClaim("azp").toString()
                : identity.getPrincipal().getName();
        String key = integrator ? "integrator:" + client : "subject:" + identity.getPrincipal().getName();
        int perMinute = integrator ? config.perIntegrator() : config.perSubject();
        Bucket bucket = buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? null : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }
}
