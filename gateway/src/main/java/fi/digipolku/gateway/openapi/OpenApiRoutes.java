package fi.digipolku.gateway.openapi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import fi.digipolku.gateway.routing.RouteTable;
import fi.digipolku.gateway.routing.UpstreamProxy;
import fi.digipolku.support.http.HttpRoutes;
import fi.digipolku.support.problem.Messages;
import fi.digipolku.support.problem.Problem;
import fi.digipolku.support.problem.ProblemType;

/**
 * Each service's OpenAPI document through the gateway, readable without a token: {@code GET /openapi/{service}}, and
 * the list of them with the gateway's own ({@code GET /openapi}), which Swagger UI at {@code /api-docs/} shows.
 */
@ApplicationScoped
public class OpenApiRoutes {

    /** Swagger UI through the gateway. */
    static final String API_DOCS = "/api-docs/";

    private static final String DOCUMENT = "/q/openapi";

    private final RouteTable table;
    private final UpstreamProxy proxy;
    private final HttpRoutes http;

    public OpenApiRoutes(RouteTable table, UpstreamProxy proxy, HttpRoutes http) {
        this.table = table;
        this.proxy = proxy;
        this.http = http;
    }

    /** One document: a name and where to read it. */
    public record Document(String name, String url) {
    }

    void install(@Observes Router router) {
        router.get("/openapi").handler(this::list);
        router.get("/openapi/:service").handler(this::document);
        // Quarkus' own Swagger UI page runs inline scripts, which the gateway's policy refuses: whoever opens it (or
        // /api-docs without its slash) is sent to the page that lists every document under its own policy. Its
        // script and style files stay where they are; /api-docs/ uses them.
        // (A route's path matches with and without a trailing slash, hence the check of the exact path.)
        List<String> pages = List.of("/api-docs", "/q/swagger-ui", "/q/swagger-ui/", "/q/swagger-ui/index.html");
        for (String page : List.of("/api-docs", "/q/swagger-ui", "/q/swagger-ui/index.html")) {
            router.get(page).order(-1).handler(ctx -> {
                if (pages.contains(ctx.request().path())) {
                    ctx.redirect(API_DOCS);
                } else {
                    ctx.next();
                }
            });
        }
    }

    private void list(RoutingContext ctx) {
        List<Document> documents = new ArrayList<>();
        table.serviceNames().forEach(name -> documents.add(new Document(name, "/openapi/" + name)));
        documents.add(new Document("gateway", DOCUMENT + "?format=json"));
        ctx.response().putHeader("Content-Type", "application/json").end(Json.encode(documents));
    }

    private void document(RoutingContext ctx) {
        String format = ctx.request().getParam("format");
        String accept = ctx.request().getHeader("Accept");
        table.service(ctx.pathParam("service")).ifPresentOrElse(
                upstream -> proxy.forward(ctx, upstream, documentUri(format, accept)),
                () -> http.sendProblem(ctx, Problem.of(ProblemType.NOT_FOUND,
                        Messages.text(Messages.negotiate(ctx.request().getHeader("Accept-Language")),
                                "openapi.no-such-service", String.join(", ", table.serviceNames())))));
    }

    /** JSON unless the caller asks for a format, by {@code ?format=} or by an {@code Accept} naming YAML. */
    static String documentUri(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return DOCUMENT + "?format=" + URLEncoder.encode(format, StandardCharsets.UTF_8);
        }
        if (accept != null && accept.toLowerCase().contains("yaml")) {
            return DOCUMENT;
        }
        return DOCUMENT + "?format=json";
    }
}
