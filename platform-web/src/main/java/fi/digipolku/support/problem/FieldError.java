package fi.digipolku.support.problem;

/**
 * One invalid field of a request: a JSON-pointer-like dotted path ({@code modules[2].dayOffset}) and what is wrong.
 */
public record FieldError(String field, String message) {
}
