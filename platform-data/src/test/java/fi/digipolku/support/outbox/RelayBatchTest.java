package fi.digipolku.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RelayBatchTest {

    private static PendingEvent event(long seq) {
        return new PendingEvent(seq, "pathway-events", "agg-" + (seq % 2), "fi.digipolku.x.happened", "{}");
    }

    @Test
    void sendsEverythingInOrder() {
        List<Long> published = new ArrayList<>();

        RelayBatch.Result result = RelayBatch.send(List.of(event(1), event(2), event(3)),
                e -> published.add(e.seq()));

        assertThat(published).containsExactly(1L, 2L, 3L);
        assertThat(result.sent()).containsExactly(1L, 2L, 3L);
        assertThat(result.failedOne()).isFalse();
    }

    @Test
    void stopsAtTheFirstFailureSoNothingOvertakesIt() {
        List<Long> attempted = new ArrayList<>();

        RelayBatch.Result result = RelayBatch.send(List.of(event(1), event(2), event(3)), e -> {
            attempted.add(e.seq());
            if (e.seq() == 2) {
                throw new IllegalStateException("broker unavailable");
            }
        });

        assertThat(attempted).containsExactly(1L, 2L);
        assertThat(result.sent()).containsExactly(1L);
        assertThat(result.failed().seq()).isEqualTo(2L);
        assertThat(result.error()).hasMessage("broker unavailable");
    }
}
