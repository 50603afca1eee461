package fi.digipolku.messaging.inbox;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.jboss.logging.Logger;

/**
 * The open alert streams of this instance. Every instance hears every alert (see {@link AlertEventIntake}) and forwards it
 * to the streams of professionals in the alert's teams; a stream whose client went away is dropped.
 */
@ApplicationScoped
public class AlertHub {

    private static final Logger LOG = Logger.getLogger(AlertHub.class);

    private record Listener(String subject, Set<String> teams, SseEventSink sink, Sse sse) {
    }

    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();

    /** Starts streaming alerts of {@code teams} to one professional. */
    public void listen(String subject, Set<String> teams, SseEventSink sink, Sse sse) {
        Listener listener = new Listener(subject, Set.copyOf(teams), sink, sse);
        listeners.add(listener);
        send(listener, sse.newEventBuilder().comment("listening to teams " + String.join(",", teams)).build());
    }

    public void publish(Alert alert) {
        for (Listener listener : listeners) {
            if (alert.teams().stream().anyMatch(listener.teams()::contains)) {
                send(listener, listener.sse().newEventBuilder().name(alert.kind()).id(alert.threadId().toString())
                        .mediaType(MediaType.APPLICATION_JSON_TYPE).data(Alert.class, alert).build());
            }
        }
    }

    /** How many streams are open; for tests and the log. */
    public int listening() {
        return listeners.size();
    }

    /** Sends every open stream a comment line (see {@link InboxJobs}); a stream that is gone is dropped. */
    void heartbeat() {
        for (Listener listener : listeners) {
            send(listener, listener.sse().newEventBuilder().comment("keep-alive").build());
        }
    }

    private void send(Listener listener, OutboundSseEvent event) {
        if (listener.sink().isClosed()) {
            listeners.remove(listener);
            return;
        }
        listener.sink().send(event).whenComplete((ignored, failure) -> {
            if (failure != null) {
                listeners.remove(listener);
                LOG.debugf("Dropped an alert stream: %s", failure.getClass().getSimpleName());
            }
        });
    }
}
