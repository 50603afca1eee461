package fi.digipolku.support.problem;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Thrown by service code to answer with a problem. Carries no cause on purpose: its message is meant for the client.
 * The detail is a message key of the application's bundle ({@link Messages}) with its arguments, put in the caller's
 * language when the answer is written.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType kind;
    private final List<FieldError> errors;
    private final Map<String, String> headers;
    private final Object[] args;

    public ProblemException(ProblemType kind, String detail, Object... args) {
        this(kind, detail, List.of(), Map.of(), args);
    }

    public ProblemException(ProblemType kind, String detail, List<FieldError> errors, Map<String, String> headers,
            Object... args) {
        super(detail, null, false, false);
        this.kind = kind;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
        this.args = args.clone();
    }

    public static ProblemException notFound(String detail, Object... args) {
        return new ProblemException(ProblemType.NOT_FOUND, detail, args);
    }

    public static ProblemException forbidden(String detail, Object... args) {
        return new ProblemException(ProblemType.FORBIDDEN, detail, args);
    }

    public static ProblemException conflict(String detail, Object... args) {
        return new ProblemException(ProblemType.CONFLICT, detail, args);
    }

    public static ProblemException preconditionFailed(String detail, Object... args) {
        return new ProblemException(ProblemType.PRECONDITION_FAILED, detail, args);
    }

    /**
     * 422: an Idempotency-Key this person already used for another request (another operation or body) within the
     * time keys are kept.
     */
    public static ProblemException idempotencyKeyReused(Duration kept) {
        return new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "problem.idempotency-key-reused.detail",
                kept.toHours());
    }

    public static ProblemException preconditionRequired(String detail, Object... args) {
        return new ProblemException(ProblemType.PRECONDITION_REQUIRED, detail, args);
    }

    /** Invalid fields; the detail (how many) is written from them. */
    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(ProblemType.VALIDATION, null, errors, Map.of());
    }

    public static ProblemException invalid(String detail, List<FieldError> errors, Object... args) {
        return new ProblemException(ProblemType.VALIDATION, detail, errors, Map.of(), args);
    }

    /** One invalid field; the message is a key (or a text already in the caller's language). */
    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException tooManyRequests(Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return new ProblemException(ProblemType.TOO_MANY_REQUESTS, "problem.retry-after", List.of(),
                Map.of("Retry-After", Long.toString(seconds)), seconds);
    }

    public ProblemType kind() {
        return kind;
    }

    /** The problem in the language of the request being handled. */
    public Problem problem() {
        return problem(Messages.current());
    }

    public Problem problem(Locale locale) {
        return Messages.localise(Problem.of(kind, Messages.text(locale, getMessage(), args), errors), locale);
    }

    public Map<String, String> headers() {
        return headers;
    }
}
