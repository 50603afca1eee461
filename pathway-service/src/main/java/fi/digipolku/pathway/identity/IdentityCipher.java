package fi.digipolku.pathway.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts values at rest with AES-256-GCM, a fresh random 96-bit IV per value (stored before the ciphertext), and
 * makes a keyed HMAC-SHA-256 digest for equality search. Plain class; the keys come from configuration.
 */
public final class IdentityCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final SecretKeySpec hmacKey;

    public IdentityCipher(byte[] key, byte[] hmacKey) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the identity key must be 32 bytes (AES-256)");
        }
        if (hmacKey.length < 32) {
            throw new IllegalArgumentException("the identity HMAC key must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(key, "AES");
        this.hmacKey = new SecretKeySpec(hmacKey, "HmacSHA256");
    }

    /** From base64 keys; without an HMAC key one is derived from the encryption key, so the two never coincide. */
    public static IdentityCipher fromBase64(String key, Optional<String> hmacKey) {
        byte[] aes;
        try {
            aes = Base64.getDecoder().decode(key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the identity key is not base64");
        }
        byte[] mac = hmacKey.isPresent()
                ? Base64.getDecoder().decode(hmacKey.get().trim())
                : hmac(new SecretKeySpec(aes, "HmacSHA256"), "digipolku identity-hmac key v1");
        return new IdentityCipher(aes, mac);
    }

    public byte[] encrypt(String plain) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /** Decrypts; a wrong key or a changed ciphertext fails with {@link IllegalStateException}. */
    public String decrypt(byte[] stored) {
        if (stored == null || stored.length <= IV_BYTES) {
            throw new IllegalStateException("not a ciphertext");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
            return new String(cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed: wrong key or altered value");
        }
    }

    /** The keyed digest of a value, the same for the same value and key. */
    public byte[] digest(String plain) {
        return hmac(hmacKey, plain);
    }

    private static byte[] hmac(SecretKeySpec key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC failed", e);
        }
    }
}
