package fi.digipolku.support.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class HttpLabelsTest {

    private static final Set<String> CONSTANTS = Set.of(HttpLabels.UNKNOWN, HttpLabels.NOT_FOUND);

    @Property
    void aMadeUpMethodIsNeverALabel(@ForAll("tokens") String method) {
        String label = HttpLabels.method(method);
        assertThat(label).isIn("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT",
                HttpLabels.UNKNOWN);
    }

    @Property
    void anyNumberOfMethodsGivesAtMostTenLabels(@ForAll @Size(max = 500) List<@From("tokens") String> methods) {
        Set<String> labels = new HashSet<>();
        methods.forEach(method -> labels.add(HttpLabels.method(method)));
        assertThat(labels.size()).isLessThanOrEqualTo(10);
    }

    @Property
    void aRequestWithoutATemplateIsLabelledByAConstant(@ForAll @IntRange(min = 100, max = 599) int status) {
        assertThat(HttpLabels.untemplated(status)).isIn(CONSTANTS);
    }

    @Property
    void aResetRequestNeverKeepsItsPath(@ForAll("paths") String path, @ForAll("notAStatus") String status) {
        assertThat(HttpLabels.uri(path, status)).isEqualTo(HttpLabels.UNKNOWN);
    }

    @Property
    void anAnsweredRequestKeepsTheLabelItsRouteGave(@ForAll @IntRange(min = 100, max = 599) int status) {
        assertThat(HttpLabels.uri("/api/v1/threads/{id}", Integer.toString(status))).isEqualTo("/api/v1/threads/{id}");
    }

    @Example
    void standardMethodsStand() {
        assertThat(HttpLabels.method("PATCH")).isEqualTo("PATCH");
        assertThat(HttpLabels.method("patch")).isEqualTo(HttpLabels.UNKNOWN);
        assertThat(HttpLabels.untemplated(404)).isEqualTo(HttpLabels.NOT_FOUND);
        assertThat(HttpLabels.uri("/x", "RESET")).isEqualTo(HttpLabels.UNKNOWN);
    }

    @Provide
    Arbitrary<String> tokens() {
        return Arbitraries.oneOf(Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(20),
                Arbitraries.of("GET", "POST", "PROPFIND", "MKCOL", "get"));
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.strings().withCharRange('!', '~').ofMaxLength(60).map(tail -> "/" + tail);
    }

    @Provide
    Arbitrary<String> notAStatus() {
        return Arbitraries.oneOf(Arbitraries.of("RESET", "UNKNOWN", "", "0", "99", "600", "1000"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5));
    }
}
