package fi.digipolku.support.http;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.Priorities;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import fi.digipolku.support.problem.Messages;
import fi.digipolku.support.problem.Problem;
import fi.digipolku.support.problem.ProblemException;
import fi.digipolku.support.problem.ProblemType;

/**
 * Refuses work beyond {@link HttpLimitsConfig#maxConcurrentRequests()} before anything is read, authenticated or
 * queued: such a request gets 503 problem+json with Retry-After, and nothing of it is stored. Without this, a burst of
 * requests waits in an unbounded queue for worker threads, each holding its connection open (a caller who gave up
 * included, since a waiting connection is not read), until memory or file descriptors run out and the application
 * stops answering even after the burst. Health and metrics are never refused, so probes see the truth.
 *
 * <p>
 * An admitted request that waited for a worker thread longer than {@link HttpLimitsConfig#maxQueueTime()}, or whose
 * caller has gone meanwhile, is not carried out either (503, nothing stored): under a burst, doing work nobody waits
 * for any more is what keeps those who wait from being served in time.
 *
 * <p>
 * A request holds its place until its answer is sent or its connection is found closed. Vert.x reports that through
 * one handler per response, which code further down the chain may replace (Vert.x HTTP Proxy does, in the gateway),
 * so every second the places of answered or closed requests are also given back: none is lost for good. Meters:
 * {@code digipolku_http_requests_in_progress} and {@code digipolku_http_requests_shed_total} by {@code reason}
 * ({@code busy}, {@code waited-too-long}, {@code caller-gone}, {@code body-too-slow}; the gateway adds
 * {@code upstream-busy}). A body still arriving {@link HttpLimitsConfig#maxBodyTime()} after the request was authenticated
 * and authorized gets 408 and the connection is closed.
 */
@ApplicationScoped
public class LoadShedding {

    private static final String ADMITTED_AT = "digipolku.admitted-at";
    private static final String BODY_TIMER = "digipolku.body-timer";
    /** A route order after Quarkus' authentication (-200) and authorization (-100), before the REST route. */
    static final int AFTER_SECURITY = -50;

    private final Admission admission;
    private final long retryAfterSeconds;
    private final HttpRoutes problems;
    private final long maxQueueMillis;
    private final long maxBodyMillis;
    private final long minBodyRate;
    private final Clock clock;
    private final Counter busy;
    private final Counter waitedTooLong;
    private final Counter callerGone;
    private final Counter slowBody;
    private final Set<HttpServerResponse> inside = ConcurrentHashMap.newKeySet();

    public LoadShedding(HttpLimitsConfig config, HttpRoutes problems, MeterRegistry registry, Vertx vertx,
            Clock clock) {
        this.admission = new Admission(config.maxConcurrentRequests());
        this.retryAfterSeconds = Math.max(1, (config.retryAfter().toMillis() + 999) / 1000);
        this.maxQueueMillis = config.maxQueueTime().toMillis();
        this.maxBodyMillis = config.maxBodyTime().toMillis();
        this.minBodyRate = Math.max(1, config.minBodyRate());
        this.problems = problems;
        this.clock = clock;
        this.busy = shedCounter(registry, "busy");
        this.waitedTooLong = shedCounter(registry, "waited-too-long");
        this.callerGone = shedCounter(registry, "caller-gone");
        this.slowBody = shedCounter(registry, "body-too-slow");
        Gauge.builder("digipolku.http.requests.in.progress", admission, Admission::inside)
                .description("Requests being handled, counted against digipolku.http.max-concurrent-requests")
                .register(registry);
        vertx.setPeriodic(1000, timer -> sweep());
    }

    private static Counter shedCounter(MeterRegistry registry, String reason) {
        return Counter.builder("digipolku.http.requests.shed").tag("reason", reason)
                .description("Requests refused with 503 or not carried out, by reason").register(registry);
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 3).handler(this::admit);
        // Quarkus authenticates at order -200 and authorizes at -100 (its HTTP security filters); the body is read
        // after both.
        router.route().order(AFTER_SECURITY).handler(this::startBodyClock);
    }

    private void admit(RoutingContext ctx) {
        // A rerouted request (see HttpRoutes) passes here again; it is already inside.
        String path = ctx.request().path();
        if (ctx.get(ADMITTED_AT) != null || path != null && path.startsWith("/q/")) {
            ctx.next();
            return;
        }
        if (!admission.tryEnter()) {
            busy.increment();
            // Closing after the answer gives the connection's file descriptor back at once, whether the caller waits
            // for the answer or has already gone.
            ctx.response().putHeader("Retry-After", Long.toString(retryAfterSeconds)).putHeader("Connection", "close");
            problems.sendProblem(ctx, Problem.of(ProblemType.SERVICE_UNAVAILABLE,
                    Messages.text(Messages.negotiate(ctx.request().getHeader("Accept-Language")), "problem.busy",
                            retryAfterSeconds)));
            return;
        }
        ctx.put(ADMITTED_AT, clock.millis());
        HttpServerResponse response = ctx.response();
        inside.add(response);
        ctx.addEndHandler(done -> leave(response));
        ctx.next();
    }

    /**
     * Starts the body's clock once the request is authenticated and authorized, when its body is read next: the time
     * the service itself took until then (a token checked against the realm, a cold start) is never the caller's,
     * and a body refused as too slow was never read, so nothing was carried out.
     */
    private void startBodyClock(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        boolean bodyExpected = ctx.request().getHeader("Transfer-Encoding") != null
                || length != null && !length.equals("0");
        if (ctx.get(ADMITTED_AT) != null && maxBodyMillis > 0 && bodyExpected && !ctx.request().isEnded()
                && ctx.get(BODY_TIMER) == null) {
            long timer = ctx.vertx().setTimer(bodyDeadlineMillis(length), id -> bodyTooSlow(ctx));
            ctx.put(BODY_TIMER, timer);
            ctx.addEndHandler(done -> ctx.vertx().cancelTimer(timer));
        }
        ctx.next();
    }

    /** The time a body may take: the fixed allowance plus its announced length at the slowest rate taken. */
    private long bodyDeadlineMillis(String contentLength) {
        long length = contentLength != null && !contentLength.isEmpty() && contentLength.length() < 19
                && contentLength.chars().allMatch(Character::isDigit) ? Long.parseLong(contentLength) : 0;
        return maxBodyMillis + length * 1000 / minBodyRate;
    }

    private void bodyTooSlow(RoutingContext ctx) {
        if (ctx.request().isEnded() || ctx.response().ended() || ctx.response().closed()) {
            return;
        }
        slowBody.increment();
        if (ctx.response().headWritten()) {
            ctx.request().connection().close();
            return;
        }
        ctx.response().putHeader("Connection", "close");
        problems.sendProblem(ctx, Problem.of(ProblemType.REQUEST_TIMEOUT, "problem.body-too-slow"));
        ctx.request().connection().close();
    }

    /** Runs when an admitted request's turn comes, on its worker thread, before anything else is done for it. */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 100)
    public void notCarriedOutWhenStale(RoutingContext ctx) {
        Long admittedAt = ctx.get(ADMITTED_AT);
        if (admittedAt == null) {
            return;
        }
        if (ctx.response().closed()) {
            callerGone.increment();
        } else if (clock.millis() - admittedAt > maxQueueMillis) {
            waitedTooLong.increment();
        } else {
            return;
        }
        throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "problem.busy", List.of(),
                Map.of("Retry-After", Long.toString(retryAfterSeconds)), retryAfterSeconds);
    }

    private void leave(HttpServerResponse response) {
        if (inside.remove(response)) {
            admission.leave();
        }
    }

    private void sweep() {
        for (HttpServerResponse response : inside) {
            if (response.ended() || response.closed()) {
                leave(response);
            }
        }
    }
}
