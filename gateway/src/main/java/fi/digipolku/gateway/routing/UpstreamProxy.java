package fi.digipolku.gateway.routing;

import java.util.Locale;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

import fi.digipolku.support.http.HttpRoutes;
import fi.digipolku.support.http.RequestIds;
import fi.digipolku.support.problem.Messages;
import fi.digipolku.support.problem.Problem;
import fi.digipolku.support.problem.ProblemType;

/**
 * Forwards one request to an upstream service with Vert.x HTTP Proxy, streaming both bodies. The caller's headers go
 * along unchanged (the bearer token included) apart from hop-by-hop ones, with the request id and the caller's
 * {@code Host}, so links the services build point at the gateway. An upstream that refuses connections answers 502
 * with Retry-After, one that stays silent longer than the request timeout 504; one that does not accept a connection
 * within the connect timeout, or whose connections all stay busy longer than the connection wait, or with more callers
 * waiting than {@link GatewayConfig#waitingPerService()}, 503 with Retry-After; all as problems.
 */
@ApplicationScoped
public class UpstreamProxy {

    private static final Logger LOG = Logger.getLogger(UpstreamProxy.class);

    private final HttpClient client;
    private final HttpRoutes http;
    private final long requestTimeoutMillis;
    private final long connectionWaitMillis;
    private final Counter upstreamBusy;

    public UpstreamProxy(Vertx vertx, GatewayConfig config, HttpRoutes http, MeterRegistry registry) {
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout(Math.toIntExact(config.connectTimeout().toMillis())),
                new PoolOptions().setHttp1MaxSize(config.connectionsPerService())
                        .setMaxWaitQueueSize(config.waitingPerService()));
        this.http = http;
        this.requestTimeoutMillis = config.requestTimeout().toMillis();
        this.connectionWaitMillis = config.connectionWait().toMillis();
        // Counted with the requests every application sheds (LoadShedding), under a reason of its own.
        this.upstreamBusy = Counter.builder("digipolku.http.requests.shed").tag("reason", "upstream-busy")
                .description("Requests refused with 503 or not carried out, by reason").register(registry);
    }

    /** Sends the request being routed to {@code upstream} at {@code uri} and the answer back to the caller. */
    public void forward(RoutingContext ctx, Upstream upstream, String uri) {
        ProxyRequest request = ProxyRequest.reverseProxy(ctx.request());
        request.setURI(uri);
        request.putHeader(RequestIds.HEADER, ctx.<String>get(RequestIds.MDC_KEY));
        HostAndPort host = ctx.request().authority();
        if (host != null) {
            request.setAuthority(host);
        }
        // Waiting for a pooled connection is bounded by the connection wait (then the service is busy: 503), waiting
        // for the answer by the request timeout (then it is stuck: 504).
        RequestOptions options = new RequestOptions().setServer(upstream.address()).setSsl(upstream.ssl())
                .setConnectTimeout(connectionWaitMillis).setIdleTimeout(requestTimeoutMillis);
        client.request(options)
                // No connection in time, pooled or new (a service too busy even to accept one): 503, not 502.
                .recover(failure -> Future.failedFuture(failure instanceof TimeoutException
                        || failure instanceof io.netty.channel.ConnectTimeoutException
                                ? new ConnectionPoolTooBusyException("no connection within the time allowed")
                                : failure))
                .compose(request::send)
                .onSuccess(response -> send(ctx, response))
                .onFailure(failure -> {
                    request.release();
                    if (ctx.response().closed() || ctx.response().headWritten()) {
                        // The caller has gone (which also resets the upstream request), or has been answered already:
                        // nobody to answer or warn.
                        return;
                    }
                    if (failure instanceof ConnectionPoolTooBusyException) {
                        upstreamBusy.increment();
                    }
                    if (!(failure instanceof TimeoutException)) {
                        // Busy or unreachable (restarting, say): worth trying again shortly.
                        ctx.response().putHeader("Retry-After", "1");
                    }
                    http.sendProblem(ctx, problemFor(ProxyRoutes.language(ctx), upstream, failure));
                });
    }

    private static void send(RoutingContext ctx, ProxyResponse response) {
        // The service's own values win over the gateway's defaults (request id, cache headers), so none goes out twice.
        response.headers().names().forEach(ctx.response().headers()::remove);
        // Vert.x HTTP Proxy writes Date with Java's RFC 1123 format, whose day has one digit before the 10th; HTTP
        // asks for the fixed two-digit form (IMF-fixdate), which strict clients and caches insist on.
        ctx.addHeadersEndHandler(ignored -> {
            String date = ctx.response().headers().get(HttpHeaders.DATE);
            if (date != null) {
                ctx.response().headers().set(HttpHeaders.DATE, HttpDates.imfFixdate(date));
            }
        });
        response.send();
    }

    private Problem problemFor(Locale language, Upstream upstream, Throwable failure) {
        if (failure instanceof ConnectionPoolTooBusyException) {
            return Problem.of(ProblemType.SERVICE_UNAVAILABLE,
                    Messages.text(language, "proxy.upstream-busy", upstream.name()));
        }
        if (failure instanceof TimeoutException) {
            LOG.warnf("%s did not answer within %d ms", upstream.name(), requestTimeoutMillis);
            return Problem.of(ProblemType.GATEWAY_TIMEOUT,
                    Messages.text(language, "proxy.upstream-timeout", upstream.name()));
        }
        LOG.warnf("%s is unreachable: %s", upstream.name(), failure.getMessage());
        return Problem.of(ProblemType.BAD_GATEWAY,
                Messages.text(language, "proxy.upstream-unavailable", upstream.name()));
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
