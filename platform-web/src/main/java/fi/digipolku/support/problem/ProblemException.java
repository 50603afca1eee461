package fi.digipolku.support.problem;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Thrown by service code to answer with a problem. Carries no cause on purpose: its message is meant for the client.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType kind;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(ProblemType kind, String detail) {
        this(kind, detail, List.of(), Map.of());
    }

    public ProblemException(ProblemType kind, String detail, List<FieldError> errors, Map<String, String> headers) {
        super(detail, null, false, false);
        this.kind = kind;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(ProblemType.PRECONDITION_FAILED, detail);
    }

    public static ProblemException invalid(String detail, List<FieldError> errors) {
        return new ProblemException(ProblemType.VALIDATION, detail, errors, Map.of());
    }

    public static ProblemException invalid(String field, String message) {
        return invalid("The request is invalid: " + field + " " + message + ".",
                List.of(new FieldError(field, message)));
    }

    public static ProblemException tooManyRequests(Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return new ProblemException(ProblemType.TOO_MANY_REQUESTS, "Too many requests; retry after " + seconds + " s.",
                List.of(), Map.of("Retry-After", Long.toString(seconds)));
    }

    public ProblemType kind() {
        return kind;
    }

    public Problem problem() {
        return Problem.of(kind, getMessage(), errors);
    }

    public Map<String, String> headers() {
        return headers;
    }
}
