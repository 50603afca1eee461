package fi.digipolku.support.metrics;

import java.util.Set;

/**
 * The rule for the labels of the HTTP server metrics: a label value never comes from what a caller may choose freely,
 * so the number of series stays bounded however many distinct requests arrive. The {@code uri} label is a route
 * template ({@code /api/v1/threads/{id}}) or one of a few constants, never a request path; the {@code method} label is
 * a standard method or {@link #UNKNOWN}.
 */
public final class HttpLabels {

    /** The label of a request no route template describes. */
    public static final String UNKNOWN = "UNKNOWN";
    /** The label of a 404 that no route template describes. */
    public static final String NOT_FOUND = "NOT_FOUND";

    /** The key under which Quarkus REST and Vert.x routes leave the route template for Micrometer. */
    public static final String TEMPLATE_KEY = "UrlPathTemplate";

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
            "TRACE", "CONNECT");

    private HttpLabels() {
    }

    /** A standard HTTP method as it is; anything else (any token is a valid method on the wire) is UNKNOWN. */
    public static String method(String method) {
        return method != null && METHODS.contains(method) ? method : UNKNOWN;
    }

    /**
     * The {@code uri} label of a request that ended without a route template: NOT_FOUND for a 404, else UNKNOWN.
     */
    public static String untemplated(int status) {
        return status == 404 ? NOT_FOUND : UNKNOWN;
    }

    /**
     * The {@code uri} label as Micrometer computed it, given the {@code status} label: a request reset before it was
     * answered (status {@code RESET}, or anything not an HTTP status) carries its raw path, so it becomes UNKNOWN;
     * otherwise the label stands (the request's route template, a route's own fixed path or a constant).
     */
    public static String uri(String uri, String status) {
        return isHttpStatus(status) ? uri : UNKNOWN;
    }

    private static boolean isHttpStatus(String status) {
        return status != null && status.length() == 3 && status.charAt(0) >= '1' && status.charAt(0) <= '5'
                && Character.isDigit(status.charAt(1)) && Character.isDigit(status.charAt(2));
    }
}
