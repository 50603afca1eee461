package fi.digipolku.support.problem;

import java.util.List;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Plain construction of the problems that do not depend on the HTTP stack, so they can be unit-tested. */
public final class Problems {

    private Problems() {
    }

    /** A body Jackson could not read, described by the JSON path of the offending field and never by a Java type. */
    public static Problem unreadable(JsonProcessingException e) {
        if (e instanceof JsonParseException) {
            return Problem.of(ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON.");
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = pathOf(mapping.getPath());
            String message;
            if (e instanceof UnrecognizedPropertyException) {
                message = "is not a known field";
            } else if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
                message = "has the wrong type or format";
            } else {
                message = "cannot be read";
            }
            return Problem.of(ProblemType.VALIDATION, "The field " + field + " " + message + ".",
                    List.of(new FieldError(field, message)));
        }
        return Problem.of(ProblemType.MALFORMED_REQUEST, "The request body cannot be read as the expected JSON.");
    }

    public static Problem forStatus(ProblemType kind, int status) {
        String detail = switch (status) {
            case 404 -> "No resource exists at this path.";
            case 405 -> "This method is not allowed on this resource.";
            case 406 -> "The requested media type cannot be produced.";
            case 413 -> "The request body is too large.";
            case 415 -> "The request's media type is not supported; send application/json.";
            default -> kind.title() + ".";
        };
        return new Problem(kind.type(), kind.title(), status, detail, null, null, List.of());
    }

    static String pathOf(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "request" : field.toString();
    }
}
