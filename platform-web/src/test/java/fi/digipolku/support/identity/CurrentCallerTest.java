package fi.digipolku.support.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;

class CurrentCallerTest {

    @Test
    void readsJsonClaimsAsStrings() {
        assertThat(CurrentCaller.strings(Json.createArrayBuilder().add("a").add("b").build()))
                .containsExactly("a", "b");
        assertThat(CurrentCaller.strings(List.of("x"))).containsExactly("x");
        assertThat(CurrentCaller.strings("single")).containsExactly("single");
        assertThat(CurrentCaller.strings(null)).isEmpty();
        assertThat(CurrentCaller.string(Json.createValue("high"))).isEqualTo("high");
        assertThat(CurrentCaller.string(null)).isNull();
    }
}
