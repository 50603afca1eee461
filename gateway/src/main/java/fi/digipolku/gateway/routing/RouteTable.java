package fi.digipolku.gateway.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Which service owns which path prefix, read from the configuration and checked once at startup. */
@Singleton
public final class RouteTable {

    /** A path prefix and the service it leads to. */
    public record Route(String prefix, Upstream upstream) {
    }

    private final Map<String, Upstream> services = new TreeMap<>();
    private final List<Route> routes = new ArrayList<>();

    @Inject
    RouteTable(GatewayConfig config) {
        this(config.services());
    }

    RouteTable(Map<String, ? extends GatewayConfig.Service> config) {
        Map<String, String> owners = new HashMap<>();
        config.forEach((name, service) -> {
            Upstream upstream = Upstream.of(name, service.url());
            services.put(name, upstream);
            for (String prefix : service.prefixes()) {
                checkPrefix(name, prefix);
                String owner = owners.putIfAbsent(prefix, name);
                if (owner != null) {
                    throw new IllegalArgumentException(
                            "Prefix " + prefix + " is owned by both " + owner + " and " + name);
                }
                routes.add(new Route(prefix, upstream));
            }
        });
        // Vert.x tries routes in the order they are added: a nested prefix must come before the one it is nested in.
        routes.sort(Comparator.comparing((Route route) -> route.prefix().length()).reversed()
                .thenComparing(Route::prefix));
    }

    private static void checkPrefix(String service, String prefix) {
        if (!prefix.startsWith("/") || prefix.length() < 2 || prefix.endsWith("/") || prefix.contains("*")
                || prefix.contains(":") || prefix.contains("//")) {
            throw new IllegalArgumentException("Service " + service + ": prefix must look like /api/v1/things, not "
                    + prefix);
        }
    }

    /** Every prefix with its service, the most specific first. */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** The service of that name, if one is configured. */
    public Optional<Upstream> service(String name) {
        return Optional.ofNullable(services.get(name));
    }

    /** The names of the configured services, sorted. */
    public List<String> serviceNames() {
        return List.copyOf(services.keySet());
    }
}
