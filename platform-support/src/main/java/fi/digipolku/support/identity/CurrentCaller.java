package fi.digipolku.support.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/** The caller of the current request, read once from the verified token. Inject it where rules need the caller. */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private Caller caller;

    public CurrentCaller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** The caller; an anonymous request is refused with 401. */
    public Caller get() {
        if (caller == null) {
            if (identity.isAnonymous() || token.getSubject() == null) {
                throw new UnauthorizedException();
            }
            caller = Caller.of(token.getSubject(), identity.getRoles(), strings(token.getClaim("groups")),
                    string(token.getClaim("acr")), strings(token.getClaim("mandates")));
        }
        return caller;
    }

    static String string(Object claim) {
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
