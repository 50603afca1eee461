package fi.digipolku.support.http;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import fi.digipolku.support.identity.InsufficientAuthenticationException;
import fi.digipolku.support.metrics.HttpLabels;
import fi.digipolku.support.problem.FhirOutcome;
import fi.digipolku.support.problem.Messages;
import fi.digipolku.support.problem.Problem;
import fi.digipolku.support.problem.ProblemType;
import fi.digipolku.support.problem.Problems;

/**
 * HTTP plumbing below the REST layer, the same in every application: the request id, bounded metric labels
 * ({@link HttpLabels}), and problem+json for failures
 * that happen before a resource is reached (authentication, authorization of paths, body limits) or for paths that
 * nothing serves; under {@code /fhir/} the same failures are FHIR OperationOutcomes.
 */
@ApplicationScoped
public class HttpRoutes {

    private static final String ORIGINAL_PATH = "digipolku.original-path";

    private final ObjectMapper json;
    private final long maxBodySize;

    public HttpRoutes(ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.json = json;
        this.maxBodySize = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(HttpRoutes::rawTarget);
        router.route().order(Integer.MIN_VALUE + 1).handler(this::requestId);
        router.route().order(Integer.MIN_VALUE + 2).handler(this::bodyLimit);
        router.route().failureHandler(this::failure);
    }

    /**
     * A body announced larger than {@code quarkus.http.limits.max-body-size} is refused before it is read, as Quarkus
     * would, but with a problem (Quarkus' own answer is an empty 413); the connection is closed, since the rest of the
     * body is not read.
     */
    private void bodyLimit(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length != null && length.length() < 20 && length.chars().allMatch(Character::isDigit)
                && Long.parseLong(length) > maxBodySize) {
            ctx.response().putHeader("Connection", "close");
            sendProblem(ctx, Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                    Messages.text(Messages.negotiate(ctx.request().getHeader("Accept-Language")),
                            "problem.body-too-large", maxBodySize / 1024)));
            return;
        }
        ctx.next();
    }

    /**
     * A request target with characters a URI may not hold raw (a FHIR search's {@code |}, {@code {}, {@code ^}…) is
     * routed again with them percent-encoded, so that everything behind (security, REST, the gateway's proxy) sees a
     * valid URI that decodes to what the client meant. This needs Quarkus' own check, which answers such requests
     * with an empty 400 before any route, turned off ({@code -Dvertx.disableURIValidation=true}).
     */
    /** The request's path as the client sent it, before dot segments were resolved; null outside a request. */
    public static String originalPath() {
        Context context = Vertx.currentContext();
        return context == null ? null : context.getLocal(ORIGINAL_PATH);
    }

    private static void rawTarget(RoutingContext ctx) {
        if (ctx.get(ORIGINAL_PATH) == null) {
            ctx.put(ORIGINAL_PATH, String.valueOf(ctx.request().path()));
            Context context = Vertx.currentContext();
            if (context != null) {
                context.putLocal(ORIGINAL_PATH, ctx.request().path());
                Messages.useFor(context, ctx.request().getHeader("Accept-Language"));
            }
        }
        String target = ctx.request().uri();
        if (target == null || RawUris.valid(target)) {
            ctx.next();
            return;
        }
        String encoded = RawUris.encodeIllegal(target);
        if (RawUris.valid(encoded)) {
            ctx.reroute(ctx.request().method(), encoded);
        } else {
            ctx.fail(400);
        }
    }

    private void requestId(RoutingContext ctx) {
        String id = RequestIds.accept(ctx.request().getHeader(RequestIds.HEADER));
        ctx.put(RequestIds.MDC_KEY, id);
        MDC.put(RequestIds.MDC_KEY, id);
        ctx.response().putHeader(RequestIds.HEADER, id);
        ctx.addHeadersEndHandler(ignored -> labelUntemplated(ctx));
        ctx.next();
    }

    /**
     * Micrometer labels a request with its route template, or, when none matched (a 401 before any resource, a 405, a
     * path nothing serves), with the raw path: one new series per distinct URL anyone may send. Such a request gets a
     * constant instead. A route with a fixed path (e.g. {@code /q/health/live}) or with path parameters keeps its own
     * label.
     */
    private static void labelUntemplated(RoutingContext ctx) {
        Context context = Vertx.currentContext();
        if (context == null || context.getLocal(HttpLabels.TEMPLATE_KEY) != null) {
            return;
        }
        Route route = ctx.currentRoute();
        String routePath = route == null ? null : route.getPath();
        if (routePath != null && (routePath.equals(ctx.normalizedPath()) || routePath.contains(":"))) {
            return;
        }
        context.putLocal(HttpLabels.TEMPLATE_KEY, HttpLabels.untemplated(ctx.response().getStatusCode()));
    }

    private void failure(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        if (failure instanceof InsufficientAuthenticationException insufficient) {
            ctx.response().putHeader("WWW-Authenticate", insufficient.challenge());
            send(ctx, Problem.of(ProblemType.INSUFFICIENT_AUTHENTICATION, "problem.strong-authentication"));
        } else if (failure instanceof AuthenticationFailedException
                || failure instanceof AuthenticationCompletionException
                || failure instanceof UnauthorizedException) {
            boolean tokenSent = ctx.request().getHeader("Authorization") != null;
            ctx.response().putHeader("WWW-Authenticate", tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer");
            send(ctx, Problem.of(ProblemType.UNAUTHORIZED,
                    tokenSent ? "problem.token-expired" : "problem.token-missing"));
        } else if (failure instanceof ForbiddenException forbidden) {
            send(ctx, Problem.of(ProblemType.FORBIDDEN, forbidden.getMessage() != null
                    && forbidden.getMessage().startsWith("no mandate") ? "problem.no-mandate" : "problem.role"));
        } else if (failure == null && ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
            send(ctx, Problems.forStatus(ProblemType.forStatus(ctx.statusCode()), ctx.statusCode()));
        } else {
            ctx.next();
        }
    }

    private void send(RoutingContext ctx, Problem problem) {
        Locale locale = Messages.negotiate(ctx.request().getHeader("Accept-Language"));
        Problem located = Messages.localise(problem, locale).at(ctx.request().path(), ctx.get(RequestIds.MDC_KEY));
        // The path as sent: dot segments (..%2F) may have moved the routed path out of /fhir/.
        boolean fhir = FhirOutcome.applies(ctx.request().path()) || FhirOutcome.applies(ctx.get(ORIGINAL_PATH));
        try {
            ctx.response().setStatusCode(problem.status())
                    .putHeader("Content-Type", fhir ? FhirOutcome.MEDIA_TYPE : Problem.MEDIA_TYPE)
                    .putHeader("Content-Language", locale.toLanguageTag())
                    .end(json.writeValueAsString(fhir ? FhirOutcome.of(located) : located));
        } catch (JsonProcessingException e) {
            ctx.response().setStatusCode(problem.status()).end();
        }
    }

    /** Writes a problem from plain Vert.x code (the gateway's proxy, for instance). */
    public void sendProblem(RoutingContext ctx, Problem problem) {
        send(ctx, problem);
    }
}
