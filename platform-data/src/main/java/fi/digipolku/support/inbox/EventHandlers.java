package fi.digipolku.support.inbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import fi.digipolku.events.EventType;
import fi.digipolku.support.event.EventEnvelope;

/**
 * What a consumer does with the event types it handles, and the one way every consumer takes a message: read it,
 * ignore types it does not handle, read the data into the type's record (an event that does not fit is logged by id
 * and skipped, so it cannot block its partition) and apply the effect once ({@link Consumption}).
 *
 * <pre>
 * private final EventHandlers handlers = EventHandlers.on(CHANNEL)
 *         .handle(PathwayEvents.ENROLLMENT_STARTED, (event, started) -> remember(started))
 *         .handle(PathwayEvents.ENROLLMENT_ENDINGS, (event, ended) -> forget(ended));
 *
 * &#64;Incoming(CHANNEL)
 * &#64;Blocking(ordered = true)
 * public void accept(String message) {
 *     handlers.accept(message, consumption, json);
 * }
 * </pre>
 */
public final class EventHandlers {

    /** The effect of one event: runs inside {@link Consumption#once}, in the transaction that marks it applied. */
    @FunctionalInterface
    public interface Handler<T extends Record> {
        void apply(IncomingEvent event, T data);
    }

    private final String channel;
    private final Map<String, Handling<?>> byType = new LinkedHashMap<>();

    private record Handling<T extends Record>(EventType<T> type, Handler<T> handler) {

        Runnable effect(IncomingEvent event, ObjectMapper json) {
            T data = event.as(type, json);
            return () -> handler.apply(event, data);
        }
    }

    private EventHandlers(String channel) {
        this.channel = channel;
    }

    /** Handlers for the events of an incoming channel (the channel also names the consumer's processed events). */
    public static EventHandlers on(String channel) {
        return new EventHandlers(channel);
    }

    public <T extends Record> EventHandlers handle(EventType<T> type, Handler<T> handler) {
        if (byType.put(type.name(), new Handling<>(type, handler)) != null) {
            throw new IllegalArgumentException(type.name() + " is handled twice on " + channel);
        }
        return this;
    }

    /** The same handler for several types with the same data (the three endings of an enrollment). */
    public <T extends Record> EventHandlers handle(List<EventType<T>> types, Handler<T> handler) {
        types.forEach(type -> handle(type, handler));
        return this;
    }

    /**
     * Takes one message of the channel: applies its event once if its type is handled.
     *
     * @return true when an effect ran now; false for a message skipped, an unhandled type or an event applied before
     */
    /**
     * Applies, in order, the events of a batch (what one poll of the broker brings: a channel with
     * {@code batch=true}) that this consumer handles, each once ({@link #accept}); the others are passed over.
     *
     * @return how many effects ran now
     */
    public int acceptAll(List<String> messages, Consumption consumption, ObjectMapper json) {
        int applied = 0;
        for (String message : messages) {
            if (accept(message, consumption, json)) {
                applied++;
            }
        }
        return applied;
    }

    public boolean accept(String message, Consumption consumption, ObjectMapper json) {
        return IncomingEvent.read(channel, message, json).map(event -> {
            Handling<?> handling = byType.get(event.type());
            if (handling == null) {
                return false;
            }
            Runnable effect;
            try {
                effect = handling.effect(event, json);
            } catch (EventEnvelope.InvalidEventException e) {
                event.skipped(e.getMessage());
                return false;
            }
            return consumption.once(channel, event.id(), effect);
        }).orElse(false);
    }
}
