package fi.digipolku.support.outbox;

import java.util.ArrayList;
import java.util.List;

/**
 * Sends pending events strictly in order and stops at the first failure, so that a later event of an aggregate never
 * overtakes an earlier one. Returns what was sent and what failed.
 */
public final class RelayBatch {

    /** Publishes one event and returns only when the broker has acknowledged it. */
    @FunctionalInterface
    public interface Publisher {
        void publish(PendingEvent event) throws Exception;
    }

    public record Result(List<Long> sent, PendingEvent failed, Exception error) {
        public boolean failedOne() {
            return failed != null;
        }
    }

    private RelayBatch() {
    }

    public static Result send(List<PendingEvent> events, Publisher publisher) {
        List<Long> sent = new ArrayList<>();
        for (PendingEvent event : events) {
            try {
                publisher.publish(event);
                sent.add(event.seq());
            } catch (Exception e) {
                return new Result(sent, event, e);
            }
        }
        return new Result(sent, null, null);
    }
}
