package fi.digipolku.messaging.enrollment;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;

import fi.digipolku.messaging.thread.ThreadService;
import fi.digipolku.support.inbox.Consumption;
import fi.digipolku.support.inbox.IncomingEvent;

/**
 * Learns enrollments from pathway-service: who the client is, which team follows them and whether the pathway has
 * messaging on. When an enrollment ends its threads close. Each event is applied once; an unreadable one is logged by
 * id and skipped so it cannot block its partition.
 */
@ApplicationScoped
public class PathwayEventIntake {

    public static final String CHANNEL = "pathway-events";

    private static final Set<String> RUNNING = Set.of("enrollment.started", "enrollment.upgraded");
    private static final Set<String> ENDED = Set.of("enrollment.completed", "enrollment.discontinued",
            "enrollment.expired");

    private final Consumption processed;
    private final EntityManager em;
    private final ThreadService threads;
    private final ObjectMapper json;
    private final Clock clock;

    public PathwayEventIntake(Consumption processed, EntityManager em, ThreadService threads,
            ObjectMapper json, Clock clock) {
        this.clock = clock;
        this.processed = processed;
        this.em = em;
        this.threads = threads;
        this.json = json;
    }

    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    public void accept(String message) {
        IncomingEvent.read(CHANNEL, message, json)
                .filter(event -> RUNNING.contains(event.type()) || ENDED.contains(event.type()))
                .ifPresent(event -> {
                    Fact fact;
                    try {
                        fact = Fact.of(event.data());
                    } catch (IllegalArgumentException e) {
                        event.skipped(e.getMessage());
                        return;
                    }
                    processed.once(CHANNEL, event.id(), () -> apply(event.type(), fact));
                });
    }

    /** The facts of an enrollment event that this service keeps. */
    record Fact(UUID enrollmentId, String clientId, UUID definitionId, String careTeam, boolean followedByTeam,
            boolean messagingEnabled) {

        static Fact of(JsonNode data) {
            for (String field : new String[]{"enrollmentId", "clientId", "definitionId", "careTeam"}) {
                if (!data.path(field).isTextual() || data.path(field).asText().isBlank()) {
                    throw new IllegalArgumentException("it lacks " + field);
                }
            }
            return new Fact(UUID.fromString(data.get("enrollmentId").asText()), data.get("clientId").asText(),
                    UUID.fromString(data.get("definitionId").asText()), data.get("careTeam").asText(),
                    data.path("followedByTeam").asBoolean(false), data.path("messagingEnabled").asBoolean(false));
        }
    }

    private void apply(String type, Fact fact) {
        KnownEnrollment enrollment = em.find(KnownEnrollment.class, fact.enrollmentId());
        boolean known = enrollment != null;
        if (!known) {
            enrollment = new KnownEnrollment();
            enrollment.id = fact.enrollmentId();
            enrollment.active = true;
        }
        enrollment.clientSubject = fact.clientId();
        enrollment.definitionId = fact.definitionId();
        enrollment.careTeam = fact.careTeam();
        enrollment.followedByTeam = fact.followedByTeam();
        enrollment.messagingEnabled = fact.messagingEnabled();
        enrollment.updatedAt = clock.instant();
        if (!known) {
            em.persist(enrollment);
        }
        if (ENDED.contains(type)) {
            enrollment.active = false;
            em.flush();
            threads.closeForEnrollment(fact.enrollmentId(), type.substring(type.indexOf('.') + 1));
        }
    }
}
