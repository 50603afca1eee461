package fi.digipolku.feedback;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

import fi.digipolku.feedback.pathway.KnownEnrollment;
import fi.digipolku.feedback.pathway.PathwayEventIntake;
import fi.digipolku.feedback.pathway.PathwayVersion;
import fi.digipolku.support.testing.TestClock;
import fi.digipolku.support.testing.events.InMemoryEvents;

/** Pathway-service's events as feedback-service's tests send them, waiting until each is applied. */
public final class Pathways {

    private Pathways() {
    }

    /** A published pathway version with complete service-event metadata; returns its definition id. */
    public static UUID published(String team, String feedbackTiming) {
        return published(team, feedbackTiming, "Kuopion terveysasema", "4100123");
    }

    public static UUID published(String team, String feedbackTiming, String placeOfService, String costCentre) {
        UUID id = UUID.randomUUID();
        Map<String, Object> serviceEvent = new LinkedHashMap<>();
        serviceEvent.put("placeOfService", placeOfService);
        serviceEvent.put("costCentre", costCentre);
        serviceEvent.put("auraServiceClass", "T42");
        serviceEvent.put("contactType", "R60");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("definitionId", id.toString());
        data.put("version", 1);
        data.put("name", "Painonhallinta " + id);
        data.put("kind", "PROFESSIONAL");
        data.put("targetGroup", "ADULTS");
        data.put("carePhase", "TREATMENT");
        data.put("durationDays", 90);
        data.put("careTeam", team);
        data.put("messagingEnabled", true);
        data.put("feedbackTiming", feedbackTiming);
        data.put("serviceEvent", serviceEvent);
        data.put("measurementModules", 1);
        data.put("questionnaireModules", 1);
        data.put("publishedAt", "2026-01-05T08:00:00Z");
        InMemoryEvents.send(PathwayEventIntake.CHANNEL, "/pathway-service", "definition.published", id.toString(),
                data);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> find(PathwayVersion.class, new PathwayVersion.Key(id, 1)) != null);
        return id;
    }

    /** An enrollment of the client on the pathway, started on the given day; returns its id. */
    public static UUID started(String client, UUID definitionId, String team, String feedbackTiming,
            LocalDate startedOn) {
        UUID id = UUID.randomUUID();
        Map<String, Object> data = facts(id, client, definitionId, team, feedbackTiming, startedOn);
        data.put("startedBy", "professional");
        data.put("endsOn", startedOn.plusDays(90).toString());
        send("enrollment.started", data);
        await().atMost(Duration.ofSeconds(10)).until(() -> find(KnownEnrollment.class, id) != null);
        return id;
    }

    /** Ends the enrollment ({@code enrollment.completed}, {@code .discontinued} or {@code .expired}). */
    public static void ended(String type, UUID enrollment, String client, UUID definitionId, String team,
            String feedbackTiming) {
        Map<String, Object> data = facts(enrollment, client, definitionId, team, feedbackTiming,
                today().minusDays(30));
        data.put("endedBy", "professional");
        data.put("endedOn", today().toString());
        send(type, data);
        await().atMost(Duration.ofSeconds(10)).until(() -> !find(KnownEnrollment.class, enrollment).active);
    }

    public static String send(String type, Map<String, Object> data) {
        return InMemoryEvents.send(PathwayEventIntake.CHANNEL, "/pathway-service", type,
                String.valueOf(data.get("enrollmentId")), data);
    }

    /** The facts every enrollment event carries, as pathway-service writes them. */
    static Map<String, Object> facts(UUID id, String client, UUID definitionId, String team, String timing,
            LocalDate startedOn) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("enrollmentId", id.toString());
        data.put("definitionId", definitionId.toString());
        data.put("definitionVersion", 1);
        data.put("clientId", client);
        data.put("kind", "PROFESSIONAL");
        data.put("careTeam", team);
        data.put("followedByTeam", true);
        data.put("messagingEnabled", true);
        data.put("feedbackTiming", timing);
        data.put("startedOn", startedOn.toString());
        return data;
    }

    /** Today in Helsinki by the service's clock. */
    public static LocalDate today() {
        return LocalDate.ofInstant(Arc.container().instance(TestClock.class).get().instant(), TestClock.HELSINKI);
    }

    public static <T> T find(Class<T> type, Object id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Arc.container().instance(EntityManager.class).get().find(type, id));
    }
}
