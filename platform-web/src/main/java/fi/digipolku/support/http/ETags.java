package fi.digipolku.support.http;

import fi.digipolku.support.problem.ProblemException;

/**
 * Strong ETags over a row version number: {@code "7"}. A view that implements {@link Versioned} gets its ETag header on
 * every answer, and a GET whose {@code If-None-Match} names it is answered 304 without a body ({@link ETagFilter}).
 */
public final class ETags {

    private ETags() {
    }

    /** A view of something that changes: its version is the ETag. */
    public interface Versioned {

        /** The version of what this view shows. */
        long etag();
    }

    /** The header value of a version. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Whether an {@code If-None-Match} header names this version ({@code *}, or one of a list, weak or strong): the
     * client has it already.
     */
    public static boolean matchesAny(String ifNoneMatch, long version) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String value = tag.trim();
            if (value.equals("*")) {
                return true;
            }
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.equals(of(version))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code If-Match: *}: the change is meant for whatever version is current (RFC 9110: the resource exists), as
     * {@link #required} and {@link #parse} give it.
     */
    public static final long ANY = -1;

    /**
     * The version in the {@code If-Match} header of a change, which every change of a versioned resource must send:
     * 428 when it is missing, 400 when it is not an ETag of this API; {@link #ANY} for {@code *}.
     */
    public static long required(String ifMatch) {
        Long version = parse(ifMatch);
        if (version == null) {
            throw ProblemException.preconditionRequired("problem.if-match-required");
        }
        return version;
    }

    /** 412 unless the version the client read ({@code If-Match}) is the current one, or {@code *} was sent. */
    public static void check(long expected, long current) {
        if (expected != ANY && expected != current) {
            throw ProblemException.preconditionFailed("problem.if-match-stale", of(current));
        }
    }

    /**
     * The version in an {@code If-Match} header, null when absent, {@link #ANY} for {@code *}; a malformed header
     * (a list included) is a 400.
     */
    public static Long parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.trim();
        if (value.equals("*")) {
            return ANY;
        }
        // A weak tag is taken as its strong self: a proxy that compresses answers weakens their ETags.
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            long version = Long.parseLong(value);
            if (version < 0) {
                throw new NumberFormatException("a version is never negative");
            }
            return version;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "problem.etag-malformed");
        }
    }
}
