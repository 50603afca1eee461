package fi.digipolku.gateway.routing;

import java.time.Duration;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import fi.digipolku.gateway.limits.RateLimiter;
import fi.digipolku.gateway.routing.RouteTable.Route;
import fi.digipolku.support.http.HttpRoutes;
import fi.digipolku.support.problem.Messages;
import fi.digipolku.support.problem.Problem;
import fi.digipolku.support.problem.ProblemType;

/** Puts every owned prefix on the router: the prefix itself and everything below it goes to its service. */
@ApplicationScoped
public class ProxyRoutes {

    private final RouteTable table;
    private final UpstreamProxy proxy;
    private final RateLimiter limiter;
    private final HttpRoutes problems;
    private final GatewayConfig config;

    public ProxyRoutes(RouteTable table, UpstreamProxy proxy, RateLimiter limiter, HttpRoutes problems,
            GatewayConfig config) {
        this.table = table;
        this.proxy = proxy;
        this.limiter = limiter;
        this.problems = problems;
        this.config = config;
    }

    void install(@Observes Router router) {
        for (Route route : table.routes()) {
            String path = route.prefix() + "/*";
            router.route(path).handler(ctx -> {
                metricsLabel(path);
                Duration wait = limiter.take(ctx.user() instanceof QuarkusHttpUser user
                        ? user.getSecurityIdentity()
                        : null);
                if (wait != null) {
                    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
                    ctx.response().putHeader("Retry-After", Long.toString(seconds));
                    problems.sendProblem(ctx, Problem.of(ProblemType.TOO_MANY_REQUESTS,
                            Messages.text(language(ctx), "rate-limit.retry-in", Long.toString(seconds))));
                    return;
                }
                long limit = config.services().get(route.upstream().name()).maxBodySize().asLongValue();
                if (tooLarge(ctx.request().getHeader("Content-Length"), limit)) {
                    // Refused before forwarding: a service that refuses mid-upload closes the connection under us.
                    ctx.response().putHeader("Connection", "close");
                    problems.sendProblem(ctx, Problem.of(ProblemType.PAYLOAD_TOO_LARGE, Messages.text(language(ctx),
                            "proxy.body-too-large", Long.toString(limit / 1024), route.upstream().name())));
                    return;
                }
                proxy.forward(ctx, route.upstream(), ctx.request().uri());
            });
        }
    }

    /**
     * The caller's language. A detail with arguments is written out in it before the problem is sent: only keys
     * without arguments are translated on the way out.
     */
    static Locale language(RoutingContext ctx) {
        return Messages.negotiate(ctx.request().getHeader("Accept-Language"));
    }

    static boolean tooLarge(String contentLength, long limit) {
        return contentLength != null && contentLength.length() < 20 && !contentLength.isEmpty()
                && contentLength.chars().allMatch(Character::isDigit) && Long.parseLong(contentLength) > limit;
    }

    /** Labels the request's HTTP metrics with the route, not the path: paths carry ids and would be unbounded. */
    private static void metricsLabel(String path) {
        Context context = Vertx.currentContext();
        if (context != null) {
            // The key under which Quarkus REST puts its path templates and Micrometer reads them.
            context.putLocal("UrlPathTemplate", path);
        }
    }
}
