package fi.digipolku.support.http;

import java.net.URI;

import jakarta.ws.rs.core.Response;

/**
 * Writes a client may send again: with the same {@value #HEADER} by the same person, a retry gets what the first try
 * made (200 with {@value #REPLAYED}: true) instead of a second one (201).
 */
public final class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    /** What a key may look like (with at most {@value #MAX_LENGTH} characters). */
    public static final String KEY_PATTERN = "[A-Za-z0-9._:-]+";
    /** The field message of a key not of {@link #KEY_PATTERN} (ValidationMessages). */
    public static final String KEY_MESSAGE = "{digipolku.idempotency-key}";
    public static final int MAX_LENGTH = 100;

    private Idempotency() {
    }

    /**
     * What a write made, and whether an earlier try with the same key made it.
     *
     * @param value the view of what was made
     * @param replayed true when this was a retry and {@code value} is the first try's
     */
    public record Outcome<T>(T value, boolean replayed) {

        public static <T> Outcome<T> made(T value) {
            return new Outcome<>(value, false);
        }

        public static <T> Outcome<T> replayed(T value) {
            return new Outcome<>(value, true);
        }
    }

    /** 201 Created at {@code location} for a first try; 200 with {@value #REPLAYED}: true for a retry. */
    public static Response created(Outcome<?> outcome, URI location) {
        if (outcome.replayed()) {
            return Response.ok(outcome.value()).header(REPLAYED, "true").build();
        }
        return Response.created(location).entity(outcome.value()).build();
    }
}
