package fi.digipolku.messaging;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

import fi.digipolku.events.PathwayEvents;
import fi.digipolku.messaging.enrollment.KnownEnrollment;
import fi.digipolku.messaging.enrollment.PathwayEventIntake;
import fi.digipolku.support.testing.events.InMemoryEvents;

/** Pathway-service's enrollment events as messaging-service's tests send them, and waits for them to apply. */
public final class Enrollments {

    private Enrollments() {
    }

    /** An active enrollment followed by {@code team} on a pathway with messaging on. */
    public static UUID followed(String client, String team) {
        return started(client, team, true, true);
    }

    public static UUID started(String client, String team, boolean messagingEnabled, boolean followedByTeam) {
        UUID id = UUID.randomUUID();
        Map<String, Object> data = facts(id, client, team, messagingEnabled, followedByTeam);
        send("enrollment.started", UUID.randomUUID().toString(), data);
        await().atMost(Duration.ofSeconds(10)).until(() -> enrollment(id) != null);
        return id;
    }

    /** Ends the enrollment (completed, discontinued or expired) and waits until it is known as ended. */
    public static void ended(UUID id, String client, String team, String type) {
        send(type, UUID.randomUUID().toString(), facts(id, client, team, true, true));
        await().atMost(Duration.ofSeconds(10)).until(() -> !enrollment(id).active);
    }

    public static Map<String, Object> facts(UUID id, String client, String team, boolean messagingEnabled,
            boolean followedByTeam) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("enrollmentId", id.toString());
        data.put("definitionId", UUID.nameUUIDFromBytes(team.getBytes()).toString());
        data.put("definitionVersion", 1);
        data.put("clientId", client);
        data.put("kind", "PROFESSIONAL");
        data.put("careTeam", team);
        data.put("followedByTeam", followedByTeam);
        data.put("messagingEnabled", messagingEnabled);
        return data;
    }

    /**
     * Sends one event as pathway-service would: the facts given, and the other fields its type requires (the start
     * and end of the enrollment); returns the event id.
     */
    public static String send(String type, String eventId, Map<String, Object> facts) {
        Map<String, Object> data = new LinkedHashMap<>(facts);
        if (type.equals(PathwayEvents.ENROLLMENT_STARTED.name())) {
            data.putIfAbsent("startedBy", "professional");
            data.putIfAbsent("startedOn", "2026-11-02");
            data.putIfAbsent("endsOn", "2027-05-02");
        } else if (PathwayEvents.ENROLLMENT_ENDINGS.stream().anyMatch(ending -> ending.name().equals(type))) {
            data.putIfAbsent("endedBy", "system");
            data.putIfAbsent("startedOn", "2026-11-02");
            data.putIfAbsent("endedOn", "2026-11-30");
        }
        return InMemoryEvents.send(PathwayEventIntake.CHANNEL, "/pathway-service", type,
                String.valueOf(data.get("enrollmentId")), data, eventId);
    }

    public static void sendRaw(String message) {
        InMemoryEvents.sendRaw(PathwayEventIntake.CHANNEL, message);
    }

    public static KnownEnrollment enrollment(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            return em.find(KnownEnrollment.class, id);
        });
    }
}
