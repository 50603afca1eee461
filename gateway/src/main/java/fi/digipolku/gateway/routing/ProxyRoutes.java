package fi.digipolku.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;

import fi.digipolku.gateway.routing.RouteTable.Route;

/** Puts every owned prefix on the router: the prefix itself and everything below it goes to its service. */
@ApplicationScoped
public class ProxyRoutes {

    private final RouteTable table;
    private final UpstreamProxy proxy;

    public ProxyRoutes(RouteTable table, UpstreamProxy proxy) {
        this.table = table;
        this.proxy = proxy;
    }

    void install(@Observes Router router) {
        for (Route route : table.routes()) {
            String path = route.prefix() + "/*";
            router.route(path).handler(ctx -> {
                metricsLabel(path);
                proxy.forward(ctx, route.upstream(), ctx.request().uri());
            });
        }
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
