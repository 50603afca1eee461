package fi.digipolku.feedback.response;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Seals the content of a pooled answer with AES-256-GCM under the pool key, with a fresh random 96-bit IV per row
 * (stored before the ciphertext). The content is padded to one block of {@value #BLOCK} bytes before encryption, so
 * every answer the survey accepts seals to the same length and the size says nothing about the text.
 * Plain class; the key comes from configuration.
 */
public final class PoolCipher {

    /** Padding unit: larger than the longest accepted answer (2,000 characters, escaped, with the rest). */
    static final int BLOCK = 16_384;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** How long every sealed content is: the IV, one block and the GCM tag. */
    static final int SEALED_LENGTH = IV_BYTES + BLOCK + TAG_BITS / 8;
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * Characters beyond the Basic Multilingual Plane (emoji) as four UTF-8 bytes, not as two escaped surrogates of six
     * bytes each: 2,000 emoji would otherwise not fit one block, and a second block would tell them apart.
     */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    private final SecretKeySpec key;

    public PoolCipher(byte[] key) {
        if (key == null || key.length != 32) {
            throw new IllegalArgumentException("the pool key must be 32 bytes (AES-256)");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** From the base64 key of {@code digipolku.feedback.pool-key}. */
    public static PoolCipher fromBase64(String key) {
        try {
            return new PoolCipher(Base64.getDecoder().decode(key.trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("digipolku.feedback.pool-key must be the base64 of 32 random bytes");
        }
    }

    public byte[] seal(PoolContent content) {
        byte[] plain;
        try {
            plain = JSON.writeValueAsBytes(content);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise a pooled answer", e);
        }
        if (Integer.BYTES + plain.length > BLOCK) {
            // cannot happen for an answer the survey accepts; sealing it in two blocks would set it apart
            throw new IllegalArgumentException("a pooled answer larger than one block");
        }
        byte[] block = ByteBuffer.allocate(BLOCK).putInt(plain.length).put(plain).array();
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(block);
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        } finally {
            Arrays.fill(block, (byte) 0);
        }
    }

    /** Opens a sealed content; a wrong key or an altered value fails with {@link IllegalStateException}. */
    public PoolContent unseal(byte[] sealed) {
        if (sealed == null || sealed.length <= IV_BYTES) {
            throw new IllegalStateException("not a sealed pool content");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            ByteBuffer block = ByteBuffer.wrap(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES));
            int length = block.getInt();
            return JSON.readValue(block.array(), Integer.BYTES, length, PoolContent.class);
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            throw new IllegalStateException("cannot unseal: wrong key or altered value");
        }
    }
}
