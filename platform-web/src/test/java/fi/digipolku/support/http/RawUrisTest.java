package fi.digipolku.support.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RawUrisTest {

    @Property(tries = 2000)
    void anyTargetBecomesAValidUriThatDecodesToWhatWasSent(@ForAll("rawQueries") String query) {
        String target = "/fhir/r4/Observation?code=" + query;

        String encoded = RawUris.encodeIllegal(target);

        assertThat(RawUris.valid(encoded)).as(encoded).isTrue();
        assertThat(URI.create(encoded).getQuery()).isEqualTo("code=" + query);
    }

    @Property
    void aValidTargetIsLeftAsItIs(@ForAll("validQueries") String query) {
        String target = "/api/v1/threads?topic=" + query;

        assertThat(RawUris.valid(target)).isTrue();
        assertThat(RawUris.encodeIllegal(target)).isEqualTo(target);
    }

    @Example
    void aFhirTokenSearchKeepsItsPipe() {
        String encoded = RawUris.encodeIllegal("/fhir/r4/Observation?code=http://loinc.org|29463-7");

        assertThat(encoded).isEqualTo("/fhir/r4/Observation?code=http://loinc.org%7C29463-7");
        assertThat(RawUris.valid("/fhir/r4/Observation?code=http://loinc.org|29463-7")).isFalse();
    }

    @Example
    void aPercentThatStartsNoEscapeIsEncodedAndAnEscapeIsKept() {
        assertThat(RawUris.encodeIllegal("/a?x=100%&y=%7C&z=%G1")).isEqualTo("/a?x=100%25&y=%7C&z=%25G1");
    }

    @Provide
    Arbitrary<String> rawQueries() {
        // printable ASCII without the percent sign (whose meaning is its own), and some letters beyond ASCII
        return Arbitraries.strings().withCharRange('!', '~').withChars('ä', 'ö', 'å', '€').excludeChars('%', '#')
                .ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> validQueries() {
        return Arbitraries.strings().withChars("abcXYZ019-._~:/?@!$&'()*+,;=").ofMaxLength(40);
    }
}
