package fi.digipolku.support.identity;

import java.util.Set;
import java.util.TreeSet;

/**
 * A client's token is valid but its authentication is too weak (RFC 9470): the answer is a 401 that names the
 * accepted {@code acr} values, so the app can send the person back to authenticate more strongly.
 */
public class InsufficientAuthenticationException extends RuntimeException {

    private final Set<String> accepted;

    public InsufficientAuthenticationException(Set<String> accepted) {
        super("insufficient user authentication", null, false, false);
        this.accepted = new TreeSet<>(accepted);
    }

    /** The {@code WWW-Authenticate} challenge of RFC 9470. */
    public String challenge() {
        return "Bearer error=\"insufficient_user_authentication\", error_description=\"A stronger authentication "
                + "is required\", acr_values=\"" + String.join(" ", accepted) + "\"";
    }
}
