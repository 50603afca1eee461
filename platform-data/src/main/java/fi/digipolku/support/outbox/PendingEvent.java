package fi.digipolku.support.outbox;

/** An outbox row waiting to be relayed. */
public record PendingEvent(long seq, String topic, String key, String eventType, String payload) {
}
