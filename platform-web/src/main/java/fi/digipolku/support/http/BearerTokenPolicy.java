package fi.digipolku.support.http;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

import fi.digipolku.support.identity.CurrentCaller;
import fi.digipolku.support.identity.InsufficientAuthenticationException;
import fi.digipolku.support.identity.OnBehalf;
import fi.digipolku.support.identity.Role;
import fi.digipolku.support.identity.SecurityConfig;

/**
 * The {@code bearer-token} permission policy of every API path, in the gateway and again in each service:
 * <ul>
 * <li>a verified token is required: an anonymous request fails with {@link UnauthorizedException}, so the shared
 * failure handler answers a 401 problem with its {@code WWW-Authenticate} challenge;</li>
 * <li>a client must be strongly authenticated: a client token whose {@code acr} is not accepted gets the RFC 9470
 * step-up challenge ({@link InsufficientAuthenticationException});</li>
 * <li>a caller naming someone to act for in the on-behalf header must be a client holding a mandate for that person,
 * else the request is forbidden.</li>
 * </ul>
 */
@ApplicationScoped
public class BearerTokenPolicy implements HttpSecurityPolicy {

    public static final String NAME = "bearer-token";

    private final SecurityConfig config;

    public BearerTokenPolicy(SecurityConfig config) {
        this.config = config;
    }

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
            AuthorizationRequestContext context) {
        return identity.map(caller -> {
            if (caller.isAnonymous()) {
                throw new UnauthorizedException();
            }
            JsonWebToken token = caller.getPrincipal() instanceof JsonWebToken jwt ? jwt : null;
            Set<String> accepted = config.clientAcr();
            if (caller.hasRole(Role.CLIENT) && (token == null
                    || !accepted.contains(CurrentCaller.string(token.getClaim("acr"))))) {
                throw new InsufficientAuthenticationException(accepted);
            }
            String represented = request.request().getHeader(config.onBehalfHeader());
            if (represented != null && !OnBehalf.allowed(CurrentCaller.of(caller, token), represented)) {
                throw new ForbiddenException("no mandate for the person named in " + config.onBehalfHeader());
            }
            return CheckResult.PERMIT;
        });
    }

    @Override
    public String name() {
        return NAME;
    }
}
