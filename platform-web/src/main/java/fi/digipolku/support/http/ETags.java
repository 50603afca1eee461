package fi.digipolku.support.http;

import fi.digipolku.support.problem.ProblemException;

/** Strong ETags over a row version number: {@code "7"}. */
public final class ETags {

    private ETags() {
    }

    /** The version in an {@code If-Match} header, null when absent; a malformed header is a 400. */
    public static Long parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "problem.etag-malformed");
        }
    }
}
