package fi.digipolku.support.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import fi.digipolku.support.problem.ProblemException;

class ETagsTest {

    @Test
    void readsQuotedWeakAndBareTags() {
        assertThat(ETags.parse("\"7\"")).isEqualTo(7L);
        assertThat(ETags.parse("W/\"7\"")).isEqualTo(7L);
        assertThat(ETags.parse("12")).isEqualTo(12L);
        assertThat(ETags.parse(null)).isNull();
        assertThat(ETags.parse(" ")).isNull();
        assertThat(ETags.parse("*")).isEqualTo(ETags.ANY);
        assertThatThrownBy(() -> ETags.parse("\"-3\"")).isInstanceOf(ProblemException.class);
    }

    @Test
    void malformedTagIsABadRequest() {
        assertThatThrownBy(() -> ETags.parse("\"abc\"")).isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).problem().status()).isEqualTo(400);
    }

    @Test
    void ifNoneMatchNamesTheVersionInAnyForm() {
        assertThat(ETags.matchesAny("\"7\"", 7)).isTrue();
        assertThat(ETags.matchesAny("W/\"7\"", 7)).isTrue();
        assertThat(ETags.matchesAny("\"3\", \"7\"", 7)).isTrue();
        assertThat(ETags.matchesAny("*", 7)).isTrue();
        assertThat(ETags.matchesAny("\"8\"", 7)).isFalse();
        assertThat(ETags.matchesAny("7", 7)).as("a bare number is no ETag").isFalse();
        assertThat(ETags.matchesAny(null, 7)).isFalse();
        assertThat(ETags.matchesAny("", 7)).isFalse();
        assertThat(ETags.of(7)).isEqualTo("\"7\"");
    }

    @Test
    void aChangeWithoutIfMatchIs428AndWithAnOldOne412() {
        assertThat(ETags.required("\"7\"")).isEqualTo(7L);
        ETags.check(ETags.required("*"), 9);
        assertThatThrownBy(() -> ETags.required(null)).isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).problem().status()).isEqualTo(428);
        assertThatThrownBy(() -> ETags.check(6, 7)).isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).problem().status()).isEqualTo(412);
        ETags.check(7, 7);
    }
}
