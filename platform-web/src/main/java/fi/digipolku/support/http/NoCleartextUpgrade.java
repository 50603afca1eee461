package fi.digipolku.support.http;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;

/**
 * No upgrade from HTTP/1.1 to cleartext HTTP/2 ({@code Upgrade: h2c}). Java's own HttpClient asks for it on every first
 * request, and a body sent in chunks during the upgrade did not arrive whole (a message with files was a 500, a JSON
 * body an empty request). Without the upgrade such clients simply stay on HTTP/1.1; HTTP/2 over TLS is unaffected.
 */
@ApplicationScoped
public class NoCleartextUpgrade implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
