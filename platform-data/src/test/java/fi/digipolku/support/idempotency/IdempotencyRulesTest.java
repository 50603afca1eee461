package fi.digipolku.support.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fi.digipolku.support.idempotency.IdempotencyRules.Decision;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class IdempotencyRulesTest {

    private static final Duration DAY = Duration.ofHours(24);
    private static final Instant NOW = Instant.parse("2026-12-31T21:59:59Z");

    @Property
    void aKeyIsRememberedForExactlyTheTimeKeptThenForgotten(@ForAll @LongRange(min = 0, max = 200_000) long ageSeconds,
            @ForAll boolean sameRequest) {
        Instant storedAt = NOW.minusSeconds(ageSeconds);
        String request = IdempotencyRules.hash("POST /api/v1/threads", Map.of("topic", "Kysymys"));
        String retry = sameRequest ? request : IdempotencyRules.hash("POST /api/v1/threads", Map.of("topic", "Muu"));

        Decision decision = IdempotencyRules.decide(request, storedAt, retry, NOW, DAY);

        if (ageSeconds >= DAY.toSeconds()) {
            assertThat(decision).isEqualTo(Decision.WRITE);
        } else {
            assertThat(decision).isEqualTo(sameRequest ? Decision.REPLAY : Decision.REFUSE);
        }
    }

    @Test
    void anUnusedKeyWrites() {
        assertThat(IdempotencyRules.decide(null, null, "x", NOW, DAY)).isEqualTo(Decision.WRITE);
    }

    @Test
    void aKeyCarriedOverWithoutAHashReplaysAnyRequestWhileKept() {
        assertThat(IdempotencyRules.decide(IdempotencyRules.UNKNOWN, NOW.minusSeconds(60), "x", NOW, DAY))
                .isEqualTo(Decision.REPLAY);
        assertThat(IdempotencyRules.decide(IdempotencyRules.UNKNOWN, NOW.minus(DAY), "x", NOW, DAY))
                .isEqualTo(Decision.WRITE);
    }

    @Test
    void theHashCoversTheOperationAndTheBodyButNotTheOrderOfMembers() {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("definitionId", "a");
        body.put("clientSubject", "b");
        var reordered = new java.util.LinkedHashMap<String, Object>();
        reordered.put("clientSubject", "b");
        reordered.put("definitionId", "a");

        assertThat(IdempotencyRules.hash("POST /api/v1/enrollments", body))
                .isEqualTo(IdempotencyRules.hash("POST /api/v1/enrollments", reordered))
                .isNotEqualTo(IdempotencyRules.hash("POST /api/v1/webhooks", body))
                .isNotEqualTo(IdempotencyRules.hash("POST /api/v1/enrollments", Map.of("definitionId", "a")));
        assertThat(IdempotencyRules.hash("POST /api/v1/feedback/requests/1/response", null))
                .isNotEqualTo(IdempotencyRules.hash("POST /api/v1/feedback/requests/2/response", null));
    }
}
