package fi.digipolku.support.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The rule of every write a client may retry with an {@code Idempotency-Key}. Keys belong to the person who sent them.
 * <ul>
 * <li>A key this person has not used within {@link IdempotencyConfig#keptFor()}: the write is carried out (201) and
 * the key remembered with the request's hash and what it made.</li>
 * <li>The same key with the same request (operation and body): what the first try made (200,
 * {@code Idempotent-Replayed: true}); nothing is written again.</li>
 * <li>The same key with another request: refused (422, {@code idempotency-key-reused}); nothing is written.</li>
 * <li>A key older than that time is forgotten: the request is a new write.</li>
 * <li>A key carried over without a hash ({@link #UNKNOWN}) replays any request.</li>
 * </ul>
 */
public final class IdempotencyRules {

    /** What to do with a request that carries a key. */
    public enum Decision {
        WRITE, REPLAY, REFUSE
    }

    /**
     * The hash of a key carried over from a service's own columns of earlier versions, which kept no comparable hash:
     * any request with that key is taken as a retry, as it was then.
     */
    public static final String UNKNOWN = "";

    private static final ObjectMapper CANONICAL = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();

    private IdempotencyRules() {
    }

    /**
     * @param rememberedHash the hash stored with the key, or null when this person has not used it
     * @param rememberedAt when the key was stored (ignored when {@code rememberedHash} is null)
     */
    public static Decision decide(String rememberedHash, Instant rememberedAt, String requestHash, Instant now,
            Duration keptFor) {
        if (rememberedHash == null || !rememberedAt.plus(keptFor).isAfter(now)) {
            return Decision.WRITE;
        }
        return rememberedHash.equals(requestHash) || rememberedHash.equals(UNKNOWN)
                ? Decision.REPLAY
                : Decision.REFUSE;
    }

    /**
     * The hash of a request: SHA-256 (hex) of the operation (method and path with its ids) and of the body's canonical
     * JSON (members sorted, nulls left out). Pass a null body where the body must not be kept, even hashed (an
     * anonymous answer): then any retry of the operation with the key is a replay.
     */
    public static String hash(String operation, Object body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            if (body != null) {
                digest.update(CANONICAL.writeValueAsBytes(body));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("A request cannot be hashed", e);
        }
    }
}
