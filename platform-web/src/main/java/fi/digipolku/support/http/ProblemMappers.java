package fi.digipolku.support.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import fi.digipolku.support.problem.DatabaseOutage;
import fi.digipolku.support.problem.FhirOutcome;
import fi.digipolku.support.problem.FieldError;
import fi.digipolku.support.problem.Messages;
import fi.digipolku.support.problem.Problem;
import fi.digipolku.support.problem.ProblemException;
import fi.digipolku.support.problem.ProblemType;
import fi.digipolku.support.problem.Problems;

/**
 * Turns every exception that reaches a REST resource into an RFC 9457 problem, or under {@code /fhir/} into a FHIR
 * OperationOutcome ({@link FhirOutcome}). No body ever carries a stack trace, an exception message of a library or a
 * class name: only texts written for the caller.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String RETRY_AFTER_SECONDS = "5";
    /** The field named for a body that is missing or as a whole invalid. */
    static final String BODY = "body";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder response = respond(e.problem(), uri);
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            if (isReturnValue(violation.getPropertyPath())) {
                return internal(e, uri);
            }
            errors.add(new FieldError(fieldOf(violation.getPropertyPath(), violation.getRootBeanClass()),
                    violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        return respond(Problem.of(ProblemType.VALIDATION, null, errors), uri).build();
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return respond(Problems.unreadable(e), uri).build();
    }

    /** More specific than Quarkus' built-in mapper, which would answer with plain JSON. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unparseable(JsonParseException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    /** Quarkus' own mapper answers an empty 500 for this, which a body can cause (a field given after the object). */
    @ServerExceptionMapper
    public Response undeserialisable(InvalidDefinitionException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.UNAUTHORIZED, "problem.token-required"), uri)
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.UNAUTHORIZED, "problem.token-invalid"), uri)
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(ProblemType.FORBIDDEN, "problem.role"), uri).build();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        if (status == 404 && e.getCause() instanceof NumberFormatException number) {
            // JAX-RS answers 404 for a parameter it cannot convert; a number that is not one is a bad request, and
            // the parameter that holds the value named in the exception is the field.
            List<FieldError> errors = notWholeNumbers(number, uri);
            return respond(Problem.of(ProblemType.VALIDATION, errors.isEmpty() ? "problem.whole-number" : null,
                    errors), uri).build();
        }
        ProblemType kind = ProblemType.forStatus(status);
        Response.ResponseBuilder response = respond(Problems.forStatus(kind, status), uri);
        String allow = e.getResponse().getHeaderString("Allow");
        if (allow != null) {
            response.header("Allow", allow);
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (isMalformedMediaType(e)) {
            return respond(Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "problem.media-type-malformed"), uri).build();
        }
        if (isMalformedMultipart(e)) {
            return respond(Problem.of(ProblemType.MALFORMED_REQUEST, "problem.multipart-malformed"), uri).build();
        }
        if (isConcurrentChange(e)) {
            return respond(Problem.of(ProblemType.CONFLICT, "problem.concurrent-change"), uri).build();
        }
        return internal(e, uri);
    }

    /**
     * A Content-Type (or Accept) header that does not parse as a media type, or a multipart type without a usable
     * boundary, as the REST layer reports it: an IllegalArgumentException or IndexOutOfBoundsException thrown while it
     * reads the header.
     */
    static boolean isMalformedMediaType(Throwable e) {
        if (!(e instanceof IllegalArgumentException || e instanceof IndexOutOfBoundsException)) {
            return false;
        }
        for (StackTraceElement frame : e.getStackTrace()) {
            String name = frame.getClassName();
            if (name.endsWith("MediaTypeHeaderDelegate") || name.endsWith("MultiPartParserDefinition")) {
                return true;
            }
        }
        return false;
    }

    /**
     * An optimistic-lock failure or a unique-key race of JPA or Hibernate, anywhere in the cause chain. Matched by name so that
     * applications without persistence (the gateway) need not have these classes.
     */
    /** A multipart body that ends before its closing boundary: RESTEasy's parser gives up with an IOException. */
    static boolean isMalformedMultipart(Throwable e) {
        return e instanceof java.io.IOException && java.util.Arrays.stream(e.getStackTrace())
                .anyMatch(frame -> frame.getClassName().endsWith(".MultiPartParserDefinition$MultiPartUploadHandler"));
    }

    static boolean isConcurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (name.equals("jakarta.persistence.OptimisticLockException")
                    || name.equals("org.hibernate.StaleObjectStateException")
                    || name.equals("org.hibernate.StaleStateException")
                    || name.equals("org.hibernate.exception.ConstraintViolationException")) {
                return true;
            }
        }
        return false;
    }

    static boolean callerGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof io.vertx.core.http.HttpClosedException) {
                return true;
            }
        }
        return false;
    }

    private static Response internal(Throwable e, UriInfo uri) {
        if (DatabaseOutage.causedBy(e)) {
            // Temporary: the client may send the request again (with its Idempotency-Key where the API takes one).
            LOG.warnf("Database unreachable (%s); answered 503", e.getClass().getSimpleName());
            return respond(Problem.of(ProblemType.SERVICE_UNAVAILABLE, "problem.database-unavailable"), uri)
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        if (callerGone(e)) {
            // The connection closed while the body was read (a stalled upload cut off, a caller who left): no one
            // reads this answer, and nothing went wrong here.
            LOG.debugf("Connection closed before the request was read (%s)", e.getClass().getSimpleName());
            return respond(Problem.of(ProblemType.SERVICE_UNAVAILABLE, "problem.connection-closed"), uri).build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, reference %s", reference);
        Problem problem = Problem.of(ProblemType.INTERNAL, Messages.text("problem.unexpected", reference));
        return respond(problem, uri).build();
    }

    /** The problem in the caller's language ({@link Messages}), as problem+json or, under /fhir, an OperationOutcome. */
    private static Response.ResponseBuilder respond(Problem problem, UriInfo uri) {
        Locale locale = Messages.current();
        Problem localised = Messages.localise(problem, locale);
        if (FhirOutcome.applies(path(uri)) || FhirOutcome.applies(HttpRoutes.originalPath())) {
            return Response.status(problem.status()).type(FhirOutcome.MEDIA_TYPE).language(locale)
                    .entity(FhirOutcome.of(localised));
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).language(locale)
                .entity(localised.at(path(uri), RequestIds.current()));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** The query and path parameters whose value is the one {@code number} could not read as a whole number. */
    static List<FieldError> notWholeNumbers(NumberFormatException number, UriInfo uri) {
        java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("\"(.*)\"").matcher(
                String.valueOf(number.getMessage()));
        String value = quoted.find() ? quoted.group(1) : null;
        List<FieldError> errors = new ArrayList<>();
        if (value == null || uri == null) {
            return errors;
        }
        for (var parameters : List.of(uri.getQueryParameters(), uri.getPathParameters())) {
            parameters.forEach((name, values) -> {
                if (values.contains(value)) {
                    errors.add(new FieldError(name, "problem.whole-number-field"));
                }
            });
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    /**
     * The field as the client wrote it: {@code create.request.modules[2].dayOffset} becomes {@code modules[2].dayOffset},
     * an element of a list {@code tags[1]}, a value of a map {@code statements[kysely]}; a query, path or header
     * parameter keeps its name, and a missing body is {@value #BODY}.
     */
    static String fieldOf(Path path, Class<?> resource) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        String method = null;
        List<Class<?>> parameterTypes = List.of();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD -> {
                    method = node.getName();
                    parameterTypes = node.as(Path.MethodNode.class).getParameterTypes();
                }
                case CONSTRUCTOR, CROSS_PARAMETER -> {
                }
                case PARAMETER -> {
                    int index = node.as(Path.ParameterNode.class).getParameterIndex();
                    parameter = index < parameterTypes.size() && isBody(parameterTypes.get(index))
                            ? BODY
                            : httpName(resource, method, parameterTypes, index).orElse(node.getName());
                }
                default -> {
                    // An element of a list or a value of a map: its index or key belongs to the container's name.
                    if (node.isInIterable() && !field.isEmpty()) {
                        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                        if (position != null) {
                            field.append('[').append(position).append(']');
                        }
                    }
                    if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                        break;
                    }
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(node.getName());
                }
            }
        }
        return field.isEmpty() ? (parameter == null ? BODY : parameter) : field.toString();
    }

    /**
     * The name a parameter has in the request ({@code Idempotency-Key} for {@code @HeaderParam("Idempotency-Key")
     * String key}): the value of its binding annotation ({@code @HeaderParam}, {@code @QueryParam}, {@code @RestForm},
     * ...), when the resource method can be found.
     */
    private static java.util.Optional<String> httpName(Class<?> resource, String method, List<Class<?>> types,
            int index) {
        for (Class<?> type = resource; type != null && method != null; type = type.getSuperclass()) {
            try {
                java.lang.reflect.Method found = type.getDeclaredMethod(method, types.toArray(Class<?>[]::new));
                for (java.lang.annotation.Annotation binding : found.getParameterAnnotations()[index]) {
                    String name = binding.annotationType().getSimpleName();
                    if (name.endsWith("Param") || name.startsWith("Rest")) {
                        Object value = binding.annotationType().getMethod("value").invoke(binding);
                        if (value instanceof String text && !text.isEmpty()) {
                            return java.util.Optional.of(text);
                        }
                    }
                }
                // a generated subclass overrides the method without its annotations: look in the class it extends
            } catch (NoSuchMethodException notHere) {
                // declared in the class it extends
            } catch (ReflectiveOperationException | RuntimeException unreadable) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    /** A parameter bound from the body: anything but the simple values query, path and header parameters carry. */
    private static boolean isBody(Class<?> type) {
        return !(type.isPrimitive() || type.isEnum() || CharSequence.class.isAssignableFrom(type)
                || Number.class.isAssignableFrom(type) || Boolean.class == type || java.util.UUID.class == type
                || java.time.temporal.Temporal.class.isAssignableFrom(type)
                || java.util.Collection.class.isAssignableFrom(type));
    }
}
