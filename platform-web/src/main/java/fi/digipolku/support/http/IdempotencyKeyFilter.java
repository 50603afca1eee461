package fi.digipolku.support.http;

import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import fi.digipolku.support.problem.ProblemException;

/**
 * An {@value Idempotency#HEADER} that is sent is one key that is not blank: an empty key, or two of them, is refused
 * with 400 before anything is written, never taken as no key (a retry would then write twice).
 */
public class IdempotencyKeyFilter {

    @ServerRequestFilter
    public void oneKey(ContainerRequestContext request) {
        List<String> keys = request.getHeaders().get(Idempotency.HEADER);
        if (keys == null) {
            return;
        }
        if (keys.size() != 1 || keys.get(0).isBlank()) {
            throw ProblemException.invalid(Idempotency.HEADER, "problem.idempotency-key-one");
        }
    }
}
