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
            return Problem.of(ProblemType.MALFORMED_REQUEST, "problem.json-invalid");
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = pathOf(mapping.getPath());
            String message;
            if (e instanceof UnrecognizedPropertyException) {
                message = "field.unknown";
            } else if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
                message = "field.wrong-type";
            } else {
                message = "field.unreadable";
            }
            return Problem.of(ProblemType.VALIDATION, null, List.of(new FieldError(field, message)));
        }
        return Problem.of(ProblemType.MALFORMED_REQUEST, "problem.json-unreadable");
    }

    public static Problem forStatus(ProblemType kind, int status) {
        String detail = switch (status) {
            case 404, 405, 406, 413, 415 -> "problem.status-" + status;
            default -> null;
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
        return field.isEmpty() ? "body" : field.toString();
    }
}
