package fi.digipolku.pathway.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import fi.digipolku.support.identity.CurrentCaller;

/**
 * The integrator of the current request, named by its OAuth client id ({@code azp}, else {@code client_id}, else the
 * subject of its service account): the name that disclosures and webhooks are kept under.
 */
@RequestScoped
public class CurrentIntegrator {

    private final CurrentCaller caller;
    private final JsonWebToken token;

    public CurrentIntegrator(CurrentCaller caller, JsonWebToken token) {
        this.caller = caller;
        this.token = token;
    }

    public String clientId() {
        String subject = caller.get().subject();
        for (String claim : new String[]{"azp", "client_id"}) {
            Object value = token.getClaim(claim);
            String text = value instanceof JsonString json ? json.getString() : value == null ? null : value.toString();
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return subject;
    }
}
