package fi.digipolku.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

class RelayBatchTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private static PendingEvent event(long seq) {
        return new PendingEvent(seq, "pathway-events", "agg-" + (seq % 2), "fi.digipolku.x.happened", "{}");
    }

    @Test
    void sendsEverythingInOrder() {
        List<Long> published = new ArrayList<>();

        RelayBatch.Result result = RelayBatch.send(List.of(event(1), event(2), event(3)), e -> {
            published.add(e.seq());
            return CompletableFuture.completedFuture(null);
        }, TIMEOUT);

        assertThat(published).containsExactly(1L, 2L, 3L);
        assertThat(result.sent()).containsExactly(1L, 2L, 3L);
        assertThat(result.failedOne()).isFalse();
    }

    @Test
    void handsTheWholeBatchOverBeforeAnyAcknowledgementComesIn() throws InterruptedException {
        List<CompletableFuture<Void>> acknowledgements = new CopyOnWriteArrayList<>();
        CountDownLatch handedOver = new CountDownLatch(3);
        CompletableFuture<RelayBatch.Result> result = CompletableFuture.supplyAsync(() -> RelayBatch.send(
                List.of(event(1), event(2), event(3)), e -> {
                    CompletableFuture<Void> acknowledgement = new CompletableFuture<>();
                    acknowledgements.add(acknowledgement);
                    handedOver.countDown();
                    return acknowledgement;
                }, TIMEOUT));

        assertThat(handedOver.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(result).isNotDone();
        acknowledgements.forEach(a -> a.complete(null));

        assertThat(result.join().sent()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void marksSentOnlyWhatWasAcknowledgedBeforeTheFirstFailureSoNothingOvertakesIt() {
        RelayBatch.Result result = RelayBatch.send(List.of(event(1), event(2), event(3)),
                e -> e.seq() == 2
                        ? CompletableFuture.failedFuture(new IllegalStateException("broker unavailable"))
                        : CompletableFuture.completedFuture(null),
                TIMEOUT);

        assertThat(result.sent()).containsExactly(1L);
        assertThat(result.failed().seq()).isEqualTo(2L);
        assertThat(result.error()).hasMessage("broker unavailable");
    }

    @Test
    void aProducerThatRefusesAtOnceFailsThatEvent() {
        RelayBatch.Result result = RelayBatch.send(List.of(event(1), event(2)), e -> {
            if (e.seq() == 1) {
                throw new IllegalStateException("producer closed");
            }
            return CompletableFuture.completedFuture(null);
        }, TIMEOUT);

        assertThat(result.sent()).isEmpty();
        assertThat(result.failed().seq()).isEqualTo(1L);
    }

    @Test
    void anAcknowledgementThatDoesNotComeInTimeFailsItsEvent() {
        RelayBatch.Result result = RelayBatch.send(List.of(event(1), event(2)),
                e -> e.seq() == 1 ? CompletableFuture.completedFuture(null) : new CompletableFuture<>(),
                Duration.ofMillis(50));

        assertThat(result.sent()).containsExactly(1L);
        assertThat(result.failed().seq()).isEqualTo(2L);
        assertThat(result.error()).isInstanceOf(TimeoutException.class);
    }
}
