package fi.digipolku.support.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Hands a batch of pending events to the producer in order, all at once (one broker round trip for the batch instead
 * of one per event), then takes their acknowledgements in the same order and stops at the first that failed or did
 * not come in time. What comes back as sent is exactly the acknowledged beginning of the batch; the failed event and
 * everything after it stay pending and are sent again, so nothing is lost, and a later event of an aggregate is never
 * marked sent before an earlier one. Events after a failure may have reached the broker already; consumers recognise
 * them by their id. An aggregate's events share a partition, where the producer (idempotent) keeps them in order and
 * fails the later ones of a broken connection too.
 */
public final class RelayBatch {

    /** Hands one event to the producer; the stage completes when the broker has acknowledged it. */
    @FunctionalInterface
    public interface Publisher {
        CompletionStage<?> publish(PendingEvent event);
    }

    public record Result(List<Long> sent, PendingEvent failed, Exception error) {
        public boolean failedOne() {
            return failed != null;
        }
    }

    private RelayBatch() {
    }

    /** Sends the events and waits for their acknowledgements, at most {@code timeout} for the whole batch. */
    public static Result send(List<PendingEvent> events, Publisher publisher, Duration timeout) {
        List<CompletableFuture<?>> acknowledgements = new ArrayList<>();
        for (PendingEvent event : events) {
            CompletableFuture<?> acknowledgement;
            try {
                acknowledgement = publisher.publish(event).toCompletableFuture();
            } catch (RuntimeException e) {
                acknowledgement = CompletableFuture.failedFuture(e);
            }
            acknowledgements.add(acknowledgement);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Long> sent = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            try {
                acknowledgements.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                sent.add(events.get(i).seq());
            } catch (ExecutionException e) {
                return new Result(sent, events.get(i), e.getCause() instanceof Exception cause ? cause : e);
            } catch (TimeoutException e) {
                return new Result(sent, events.get(i), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Result(sent, events.get(i), e);
            }
        }
        return new Result(sent, null, null);
    }
}
