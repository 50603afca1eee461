package fi.digipolku.support.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void keepsASaneIncomingId() {
        assertThat(RequestIds.accept("req-42.a:b_c")).isEqualTo("req-42.a:b_c");
    }

    @Test
    void replacesMissingOrUnsafeIdsWithANewOne() {
        for (String unsafe : new String[]{null, "", "a b", "x\r\nSet-Cookie: y", "ä", "x".repeat(65)}) {
            String id = RequestIds.accept(unsafe);
            assertThat(UUID.fromString(id)).isNotNull();
        }
    }
}
