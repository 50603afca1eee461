package fi.digipolku.gateway.routing;

import java.net.URI;

import io.vertx.core.net.SocketAddress;

/** A service the gateway forwards to: its name and where it listens. */
public record Upstream(String name, SocketAddress address, boolean ssl) {

    /** Reads a base URL such as {@code http://localhost:8081}; anything beyond scheme, host and port is refused. */
    public static Upstream of(String name, URI url) {
        String scheme = url.getScheme();
        boolean ssl = "https".equalsIgnoreCase(scheme);
        if (!ssl && !"http".equalsIgnoreCase(scheme) || url.getHost() == null) {
            throw new IllegalArgumentException("Service " + name + ": url must be http(s)://host[:port], not " + url);
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null
                || url.getRawPath() != null && !url.getRawPath().isEmpty() && !url.getRawPath().equals("/")) {
            throw new IllegalArgumentException("Service " + name + ": url must have no path or query, not " + url);
        }
        int port = url.getPort() != -1 ? url.getPort() : ssl ? 443 : 80;
        return new Upstream(name, SocketAddress.inetSocketAddress(port, url.getHost()), ssl);
    }
}
