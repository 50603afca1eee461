package fi.digipolku.feedback.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class PoolCipherTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final PoolCipher CIPHER = new PoolCipher(KEY);
    private static final int SEALED_LENGTH = CIPHER.seal(new PoolContent(null, null, Map.of(), "x", null, null)).length;

    /**
     * The privacy rule of the pool: whatever an answer says, its sealed form has the same length, shows none of it,
     * and opens to exactly the answer.
     */
    @Property
    void aSealedAnswerHasOneLengthShowsNothingAndOpensToTheAnswer(@ForAll @IntRange(max = 10) int nps,
            @ForAll @IntRange(min = 1, max = 7) int ces, @ForAll("segments") String segment,
            @ForAll @StringLength(min = 8, max = 2000) String openAnswer) {
        PoolContent content = new PoolContent(nps, ces, new TreeMap<>(Map.of("safety", 5)), segment, openAnswer,
                new TreeMap<>(Map.of("NAME", 1)));

        byte[] sealed = CIPHER.seal(content);

        assertThat(sealed).hasSize(SEALED_LENGTH);
        // byte-aligned searches for at least 5 bytes: 16 KiB of ciphertext holds a given 3-byte run by chance
        assertThat(contains(sealed, openAnswer.getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(contains(sealed, ("\"" + segment + "\"").getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(CIPHER.unseal(sealed)).isEqualTo(content);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer : for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Provide
    Arbitrary<String> segments() {
        return Arbitraries.of("0-17", "18-29", "30-49", "50-64", "65-74", "75+", "unknown");
    }

    @Test
    void theLongestAnswerInTheWorstEncodingSealsToTheSameLengthAsAnEmptyOne() {
        // 2,000 characters (the survey's limit counts code points) outside the Basic Multilingual Plane: JSON
        // escapes of their surrogates would take 12 bytes each, more than one block
        String worst = "\uD83D\uDE00".repeat(2000);
        PoolContent content = new PoolContent(10, 7, Map.of("availability", 5, "encounter", 5, "participation", 5,
                "safety", 5, "information", 5, "usefulness", 5), "unknown", worst, Map.of("PHONE", 99));

        assertThat(CIPHER.seal(content)).hasSize(SEALED_LENGTH);
        assertThat(CIPHER.unseal(CIPHER.seal(content)).openAnswer()).isEqualTo(worst);
    }

    @Test
    void aLoneSurrogateSealsToo() {
        PoolContent content = new PoolContent(5, null, Map.of(), "unknown", "a\uD800b\uDC00", null);

        byte[] sealed = CIPHER.seal(content);

        assertThat(sealed).hasSize(SEALED_LENGTH);
        assertThat(CIPHER.unseal(sealed).openAnswer()).isNotNull();
    }

    @Test
    void eachRowGetsItsOwnIv() {
        PoolContent content = new PoolContent(7, 2, Map.of(), "30-49", null, null);

        assertThat(CIPHER.seal(content)).isNotEqualTo(CIPHER.seal(content));
    }

    @Test
    void anotherKeyCannotUnseal() {
        byte[] sealed = CIPHER.seal(new PoolContent(7, 2, Map.of(), "30-49", "Hyvä", null));
        PoolCipher other = new PoolCipher("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> other.unseal(sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("Hyvä");
    }

    @Test
    void aKeyThatIsNotBase64Of32BytesIsRefused() {
        assertThatThrownBy(() -> PoolCipher.fromBase64("not base64!")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PoolCipher.fromBase64(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PoolCipher.fromBase64(Base64.getEncoder().encodeToString(KEY))).isNotNull();
    }
}
