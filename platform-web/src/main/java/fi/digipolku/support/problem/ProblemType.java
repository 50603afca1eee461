package fi.digipolku.support.problem;

import java.net.URI;

/**
 * The kinds of error every Digipolku API can answer with. The {@link #type()} URI of a kind never changes, so clients
 * may switch on it.
 */
public enum ProblemType {
    VALIDATION(400, "The request is invalid"), MALFORMED_REQUEST(400, "The request body cannot be read"), UNAUTHORIZED(
            401, "Authentication is required"), INSUFFICIENT_AUTHENTICATION(401,
                    "Stronger authentication is required"), FORBIDDEN(403, "Access is denied"), NOT_FOUND(404,
                            "The resource does not exist"), METHOD_NOT_ALLOWED(405,
                                    "The method is not allowed on this resource"), NOT_ACCEPTABLE(406,
                                            "The requested media type cannot be produced"), CONFLICT(409,
                                                    "The request conflicts with the current state"), PRECONDITION_FAILED(
                                                            412,
                                                            "The resource has changed"), IDEMPOTENCY_KEY_REUSED(422,
                                                                    "The Idempotency-Key was used for another request"), REQUEST_TIMEOUT(
                                                                            408,
                                                                            "The request was not received in time"), PAYLOAD_TOO_LARGE(
                                                                                    413,
                                                                                    "The request body is too large"), UNSUPPORTED_MEDIA_TYPE(
                                                                                            415,
                                                                                            "The media type is not supported"), PRECONDITION_REQUIRED(
                                                                                                    428,
                                                                                                    "The request must be conditional"), TOO_MANY_REQUESTS(
                                                                                                            429,
                                                                                                            "Too many requests"), INTERNAL(
                                                                                                                    500,
                                                                                                                    "Unexpected error"), BAD_GATEWAY(
                                                                                                                            502,
                                                                                                                            "The upstream service is unavailable"), SERVICE_UNAVAILABLE(
                                                                                                                                    503,
                                                                                                                                    "The service is unavailable"), GATEWAY_TIMEOUT(
                                                                                                                                            504,
                                                                                                                                            "The upstream service did not answer in time");

    static final String PREFIX = "urn:digipolku:problem:";

    private final int status;
    private final String title;
    private final URI type;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
        this.type = URI.create(PREFIX + name().toLowerCase().replace('_', '-'));
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI type() {
        return type;
    }

    /** The generic kind for an HTTP status that no more specific kind describes. */
    public static ProblemType forStatus(int status) {
        for (ProblemType kind : values()) {
            if (kind.status == status && kind != MALFORMED_REQUEST && kind != INSUFFICIENT_AUTHENTICATION) {
                return kind;
            }
        }
        if (status >= 500) {
            return INTERNAL;
        }
        return VALIDATION;
    }
}
