package fi.digipolku.feedback.pathway;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;

import fi.digipolku.feedback.request.RequestService;
import fi.digipolku.support.inbox.Consumption;
import fi.digipolku.support.inbox.IncomingEvent;

/**
 * Learns published pathway versions and enrollments from pathway-service; a completed enrollment of an "ask at the
 * end" pathway gets a feedback request. Each event is applied once; an unreadable one is logged by id and skipped.
 */
@ApplicationScoped
public class PathwayEventIntake {

    public static final String CHANNEL = "pathway-events";

    private static final Set<String> ENDED = Set.of("enrollment.completed", "enrollment.discontinued",
            "enrollment.expired");

    private final Consumption processed;
    private final EntityManager em;
    private final RequestService requests;
    private final ObjectMapper json;

    public PathwayEventIntake(Consumption processed, EntityManager em, RequestService requests,
            ObjectMapper json) {
        this.processed = processed;
        this.em = em;
        this.requests = requests;
        this.json = json;
    }

    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    public void accept(String message) {
        IncomingEvent.read(CHANNEL, message, json)
                .filter(event -> event.type().equals("definition.published") || event.type().startsWith("enrollment."))
                .ifPresent(event -> {
                    Runnable effect;
                    try {
                        effect = event.type().equals("definition.published")
                                ? published(event.data())
                                : enrollment(event.type(), event.data());
                    } catch (IllegalArgumentException | NullPointerException e) {
                        event.skipped(e.getClass().getSimpleName());
                        return;
                    }
                    processed.once(CHANNEL, event.id(), effect);
                });
    }

    private Runnable published(JsonNode data) {
        PathwayVersion.Key key = new PathwayVersion.Key(uuid(data, "definitionId"), data.get("version").asInt());
        String careTeam = text(data, "careTeam");
        if (careTeam == null) {
            throw new IllegalArgumentException("no careTeam");
        }
        return () -> {
            PathwayVersion version = em.find(PathwayVersion.class, key);
            boolean known = version != null;
            if (!known) {
                version = new PathwayVersion();
                version.id = key;
            }
            version.name = text(data, "name");
            version.careTeam = careTeam;
            version.targetGroup = text(data, "targetGroup");
            version.feedbackTiming = text(data, "feedbackTiming");
            JsonNode serviceEvent = data.path("serviceEvent");
            version.placeOfService = text(serviceEvent, "placeOfService");
            version.costCentre = text(serviceEvent, "costCentre");
            version.auraServiceClass = text(serviceEvent, "auraServiceClass");
            version.contactType = text(serviceEvent, "contactType");
            if (!known) {
                em.persist(version);
            }
        };
    }

    private Runnable enrollment(String type, JsonNode data) {
        UUID id = uuid(data, "enrollmentId");
        UUID definitionId = uuid(data, "definitionId");
        String client = text(data, "clientId");
        String careTeam = text(data, "careTeam");
        if (client == null || careTeam == null) {
            throw new IllegalArgumentException("no clientId or careTeam");
        }
        int definitionVersion = data.path("definitionVersion").asInt(1);
        String timing = text(data, "feedbackTiming");
        LocalDate startedOn = data.hasNonNull("startedOn") ? LocalDate.parse(data.get("startedOn").asText()) : null;
        return () -> {
            KnownEnrollment enrollment = em.find(KnownEnrollment.class, id);
            boolean known = enrollment != null;
            if (!known) {
                enrollment = new KnownEnrollment();
                enrollment.id = id;
                enrollment.active = true;
            }
            enrollment.clientSubject = client;
            enrollment.definitionId = definitionId;
            enrollment.definitionVersion = definitionVersion;
            enrollment.careTeam = careTeam;
            enrollment.feedbackTiming = timing;
            if (startedOn != null) {
                enrollment.startedOn = startedOn;
            }
            if (ENDED.contains(type)) {
                enrollment.active = false;
            }
            if (!known) {
                em.persist(enrollment);
            }
            if (type.equals("enrollment.completed") && KnownEnrollment.AT_END.equals(timing)) {
                requests.request(enrollment, "end");
            }
        };
    }

    private static UUID uuid(JsonNode data, String field) {
        return UUID.fromString(data.get(field).asText());
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }
}
