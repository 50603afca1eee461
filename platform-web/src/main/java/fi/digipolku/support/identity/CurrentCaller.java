package fi.digipolku.support.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/** The caller of the current request, read once from the verified token. Inject it where rules need the caller. */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final CurrentVertxRequest request;
    private final SecurityConfig config;
    private final Instance<OnBehalfAudit> audit;
    private Caller caller;

    public CurrentCaller(SecurityIdentity identity, JsonWebToken token, CurrentVertxRequest request,
            SecurityConfig config, Instance<OnBehalfAudit> audit) {
        this.identity = identity;
        this.token = token;
        this.request = request;
        this.config = config;
        this.audit = audit;
    }

    /**
     * The caller; an anonymous request is refused with 401. When a client names a person to act for (the on-behalf
     * header, already checked against their mandates by {@code BearerTokenPolicy}), the caller is that person, with
     * the client as {@link Caller#representative()}.
     */
    public Caller get() {
        if (caller == null) {
            if (identity.isAnonymous() || token.getSubject() == null) {
                throw new UnauthorizedException();
            }
            Caller self = of(identity, token);
            String represented = request.getCurrent() == null
                    ? null
                    : request.getCurrent().request().getHeader(config.onBehalfHeader());
            if (represented != null && !represented.equals(self.subject())) {
                if (!OnBehalf.allowed(self, represented)) {
                    throw new ForbiddenException("no mandate for the person named in " + config.onBehalfHeader());
                }
                self = self.actingFor(represented);
                logOnBehalf(self);
            }
            caller = self;
        }
        return caller;
    }

    /**
     * A request made on behalf of another person is an access to that person's data by someone else: it goes to the
     * access log with both persons, whatever the service then does (where there is an access log; the gateway has
     * none).
     */
    private void logOnBehalf(Caller onBehalf) {
        if (!audit.isResolvable()) {
            return;
        }
        var http = request.getCurrent().request();
        String action = switch (http.method().name()) {
            case "GET", "HEAD" -> "read";
            case "POST" -> "create";
            case "DELETE" -> "delete";
            default -> "update";
        };
        audit.get().recordOnBehalf(onBehalf, action, http.path());
    }

    /** The caller a verified token describes, before any acting on behalf. */
    public static Caller of(SecurityIdentity identity, JsonWebToken token) {
        String subject = token == null ? identity.getPrincipal().getName() : token.getSubject();
        return Caller.of(subject, identity.getRoles(), token == null ? List.of() : strings(token.getClaim("groups")),
                token == null ? null : string(token.getClaim("acr")),
                token == null ? List.of() : strings(claim(identity, token, "mandates")));
    }

    /**
     * A claim of the verified token by name, or null; values as the token has them (a string, a list, a number).
     * Claims outside MicroProfile's own list (mandates, hetu, the client's identity code) are read from the claims
     * set directly: {@link JsonWebToken#getClaim} throws and catches an exception for each such name, on every call.
     */
    public static Object claim(SecurityIdentity identity, JsonWebToken token, String name) {
        if (identity != null && identity.getPrincipal() instanceof OidcJwtCallerPrincipal principal) {
            return principal.getClaims().getClaimValue(name);
        }
        return token == null ? null : token.getClaim(name);
    }

    /** A claim's text value (JSON strings unquoted), or null. */
    public static String string(Object claim) {
        if (claim instanceof JsonString json) {
            return json.getString();
        }
        return claim == null ? null : claim.toString();
    }

    static List<String> strings(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonString json) {
                    values.add(json.getString());
                }
            }
        } else if (claim instanceof Collection<?> collection) {
            for (Object value : collection) {
                values.add(string(value));
            }
        } else if (claim != null) {
            values.add(string(claim));
        }
        return values;
    }
}
