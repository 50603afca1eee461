package fi.digipolku.pathway.identity;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

import fi.digipolku.support.identity.CurrentCaller;

/**
 * The integrator of the current request, named by its OAuth client id ({@code azp}, else {@code client_id}, else the
 * subject of its service account): the name that disclosures and webhooks are kept under.
 */
@RequestScoped
public class CurrentIntegrator {

    private final CurrentCaller caller;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public CurrentIntegrator(CurrentCaller caller, SecurityIdentity identity, JsonWebToken token) {
        this.caller = caller;
        this.identity = identity;
        this.token = token;
    }

    public String clientId() {
        String subject = caller.get().subject();
        for (String claim : new String[]{"azp", "client_id"}) {
            String text = CurrentCaller.string(CurrentCaller.claim(identity, token, claim));
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return subject;
    }
}
