package fi.digipolku.support.http;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import fi.digipolku.support.http.ETags.Versioned;

/**
 * The ETag of every {@link Versioned} view in its answer's header, and 304 Not Modified for a GET or HEAD whose
 * {@code If-None-Match} names it, so a portal or app that polls gets no body while nothing changed.
 */
public class ETagFilter {

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Versioned versioned) || response.getStatus() / 100 != 2) {
            return;
        }
        String etag = ETags.of(versioned.etag());
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        if ((HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod()))
                && ETags.matchesAny(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), versioned.etag())) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
        }
    }
}
