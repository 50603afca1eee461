package fi.digipolku.pathway.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class IdentityCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder()
            .encodeToString("another-key-of-thirty-two-bytes!".getBytes(StandardCharsets.US_ASCII));

    @Test
    void encryptsWithAFreshIvAndDecryptsBack() {
        IdentityCipher cipher = IdentityCipher.fromBase64(KEY, Optional.empty());
        byte[] first = cipher.encrypt("131052-308T");
        byte[] second = cipher.encrypt("131052-308T");
        assertThat(first).isNotEqualTo(second);
        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("131052");
        assertThat(cipher.decrypt(first)).isEqualTo("131052-308T");
        assertThat(cipher.decrypt(second)).isEqualTo("131052-308T");
    }

    @Test
    void aWrongKeyOrAlteredValueFails() {
        byte[] sealed = IdentityCipher.fromBase64(KEY, Optional.empty()).encrypt("131052-308T");
        assertThatThrownBy(() -> IdentityCipher.fromBase64(OTHER_KEY, Optional.empty()).decrypt(sealed))
                .isInstanceOf(IllegalStateException.class);
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> IdentityCipher.fromBase64(KEY, Optional.empty()).decrypt(sealed))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theDigestIsStablePerKeyAndDiffersAcrossKeys() {
        IdentityCipher cipher = IdentityCipher.fromBase64(KEY, Optional.empty());
        assertThat(cipher.digest("131052-308T")).isEqualTo(cipher.digest("131052-308T"));
        assertThat(cipher.digest("131052-308T")).isNotEqualTo(cipher.digest("010101-123N"));
        assertThat(IdentityCipher.fromBase64(KEY, Optional.of(OTHER_KEY)).digest("131052-308T"))
                .isNotEqualTo(cipher.digest("131052-308T"));
    }

    @Test
    void refusesAKeyOfTheWrongLength() {
        assertThatThrownBy(() -> IdentityCipher.fromBase64(Base64.getEncoder().encodeToString(new byte[16]),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void checksTheIdentityCode() {
        assertThat(IdentityCode.valid("131052-308T")).isTrue();
        assertThat(IdentityCode.valid("010101A123N")).isTrue();
        assertThat(IdentityCode.valid("131052-308U")).isFalse();
        assertThat(IdentityCode.valid("131352-308T")).isFalse();
        assertThat(IdentityCode.valid("131052308T")).isFalse();
        assertThat(IdentityCode.valid(null)).isFalse();
    }
}
