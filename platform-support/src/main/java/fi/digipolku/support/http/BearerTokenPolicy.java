package fi.digipolku.support.http;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * The {@code bearer-token} permission policy: a verified token is required. An anonymous request fails with
 * {@link UnauthorizedException}, so the shared failure handler answers a 401 problem with its {@code WWW-Authenticate}
 * challenge; Quarkus' own {@code authenticated} policy would send the challenge with an empty body.
 */
@ApplicationScoped
public class BearerTokenPolicy implements HttpSecurityPolicy {

    public static final String NAME = "bearer-token";

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
            AuthorizationRequestContext context) {
        return identity.map(caller -> {
            if (caller.isAnonymous()) {
                throw new UnauthorizedException();
            }
            return CheckResult.PERMIT;
        });
    }

    @Override
    public String name() {
        return NAME;
    }
}
