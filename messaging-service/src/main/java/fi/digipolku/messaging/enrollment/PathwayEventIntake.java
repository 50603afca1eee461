package fi.digipolku.messaging.enrollment;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;

import fi.digipolku.events.PathwayEvents;
import fi.digipolku.events.PathwayEvents.EnrollmentEnded;
import fi.digipolku.events.PathwayEvents.EnrollmentStarted;
import fi.digipolku.events.PathwayEvents.EnrollmentUpgraded;
import fi.digipolku.messaging.thread.ThreadService;
import fi.digipolku.support.inbox.Consumption;
import fi.digipolku.support.inbox.EventHandlers;
import fi.digipolku.support.inbox.IncomingEvent;

/**
 * Learns enrollments from pathway-service: who the client is, which team follows them and whether the pathway has
 * messaging on. When an enrollment ends its threads close. Each event is applied once; an unreadable one is logged by
 * id and skipped so it cannot block its partition.
 */
@ApplicationScoped
public class PathwayEventIntake {

    public static final String CHANNEL = "pathway-events";

    private final Consumption consumption;
    private final KnownEnrollmentRepository enrollments;
    private final ThreadService threads;
    private final ObjectMapper json;
    private final Clock clock;
    private final EventHandlers handlers = EventHandlers.on(CHANNEL)
            .handle(PathwayEvents.ENROLLMENT_STARTED, (event, started) -> remember(Fact.of(started)))
            .handle(PathwayEvents.ENROLLMENT_UPGRADED, (event, upgraded) -> remember(Fact.of(upgraded)))
            .handle(PathwayEvents.ENROLLMENT_ENDINGS, (event, ended) -> end(event, Fact.of(ended)));

    public PathwayEventIntake(Consumption consumption, KnownEnrollmentRepository enrollments, ThreadService threads,
            ObjectMapper json, Clock clock) {
        this.consumption = consumption;
        this.enrollments = enrollments;
        this.threads = threads;
        this.json = json;
        this.clock = clock;
    }

    /** A batch as one poll of the broker brings it (most of its events are not for this service). */
    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    public void accept(List<String> messages) {
        handlers.acceptAll(messages, consumption, json);
    }

    /** The facts of an enrollment event that this service keeps. */
    record Fact(UUID enrollmentId, String clientId, UUID definitionId, String careTeam, boolean followedByTeam,
            boolean messagingEnabled) {

        static Fact of(EnrollmentStarted e) {
            return new Fact(e.enrollmentId(), e.clientId(), e.definitionId(), e.careTeam(), e.followedByTeam(),
                    e.messagingEnabled());
        }

        static Fact of(EnrollmentUpgraded e) {
            return new Fact(e.enrollmentId(), e.clientId(), e.definitionId(), e.careTeam(), e.followedByTeam(),
                    e.messagingEnabled());
        }

        static Fact of(EnrollmentEnded e) {
            return new Fact(e.enrollmentId(), e.clientId(), e.definitionId(), e.careTeam(), e.followedByTeam(),
                    e.messagingEnabled());
        }
    }

    /** Stores the enrollment as the event tells it; a new one is active. */
    private KnownEnrollment remember(Fact fact) {
        KnownEnrollment enrollment = enrollments.findById(fact.enrollmentId());
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
            enrollments.persist(enrollment);
        }
        return enrollment;
    }

    /** The enrollment ended: it stays known but inactive, and its open threads close (reason: the ending). */
    private void end(IncomingEvent event, Fact fact) {
        remember(fact).active = false;
        enrollments.flush();
        threads.closeForEnrollment(fact.enrollmentId(), event.type().substring(event.type().indexOf('.') + 1));
    }
}
