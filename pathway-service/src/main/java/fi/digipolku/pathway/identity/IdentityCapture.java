package fi.digipolku.pathway.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.SecurityIdentity;

import fi.digipolku.support.identity.CurrentCaller;
import fi.digipolku.support.identity.Role;

/**
 * Takes the client's identity code from the {@code hetu} claim of the client's own token on the client's requests to
 * enrollments: when a client starts a self-care pathway, and, for a pathway a professional opened (whose token has no
 * code of the client), on the client's first request to it. Only a token with the client role and without the
 * professional role counts, so nobody else's code is ever stored for the client.
 */
@ApplicationScoped
public class IdentityCapture {

    static final String CLAIM = "hetu";

    private final ClientIdentityService identities;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public IdentityCapture(ClientIdentityService identities, SecurityIdentity identity, JsonWebToken token) {
        this.identities = identities;
        this.identity = identity;
        this.token = token;
    }

    @ServerRequestFilter
    public void capture(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/v1/enrollments") || identity.isAnonymous()
                || !identity.hasRole(Role.CLIENT) || identity.hasRole(Role.PROFESSIONAL)
                || token.getSubject() == null) {
            return;
        }
        String code = CurrentCaller.string(CurrentCaller.claim(identity, token, CLAIM));
        if (code != null) {
            identities.remember(token.getSubject(), code.trim().toUpperCase(java.util.Locale.ROOT));
        }
    }
}
