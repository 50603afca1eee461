package fi.digipolku.feedback.pathway;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;

import fi.digipolku.events.PathwayEvents;
import fi.digipolku.events.PathwayEvents.DefinitionPublished;
import fi.digipolku.events.PathwayEvents.EnrollmentEnded;
import fi.digipolku.events.PathwayEvents.EnrollmentStarted;
import fi.digipolku.events.PathwayEvents.EnrollmentUpgraded;
import fi.digipolku.events.PathwayEvents.ServiceEvent;
import fi.digipolku.feedback.request.RequestService;
import fi.digipolku.support.inbox.Consumption;
import fi.digipolku.support.inbox.EventHandlers;
import fi.digipolku.support.inbox.IncomingEvent;

/**
 * Learns published pathway versions and enrollments from pathway-service; a completed enrollment of an "ask at the
 * end" pathway gets a feedback request. Each event is applied once; an unreadable or incomplete one (a required field
 * absent, or a blank team or client) is logged by id and skipped. Blank optional texts count as absent.
 */
@ApplicationScoped
public class PathwayEventIntake {

    public static final String CHANNEL = "pathway-events";

    private final Consumption processed;
    private final PathwayVersionRepository pathways;
    private final KnownEnrollmentRepository enrollments;
    private final RequestService requests;
    private final ObjectMapper json;
    private final EventHandlers handlers;

    public PathwayEventIntake(Consumption processed, PathwayVersionRepository pathways,
            KnownEnrollmentRepository enrollments, RequestService requests, ObjectMapper json) {
        this.processed = processed;
        this.pathways = pathways;
        this.enrollments = enrollments;
        this.requests = requests;
        this.json = json;
        this.handlers = EventHandlers.on(CHANNEL)
                .handle(PathwayEvents.DEFINITION_PUBLISHED, this::published)
                .handle(PathwayEvents.ENROLLMENT_STARTED, this::started)
                .handle(PathwayEvents.ENROLLMENT_UPGRADED, this::upgraded)
                .handle(PathwayEvents.ENROLLMENT_ENDINGS, this::ended);
    }

    /** A batch as one poll of the broker brings it (most of its events are not for this service). */
    @Incoming(CHANNEL)
    @Blocking(ordered = true)
    public void accept(List<String> messages) {
        handlers.acceptAll(messages, processed, json);
    }

    private void published(IncomingEvent event, DefinitionPublished data) {
        if (blank(data.careTeam())) {
            event.skipped("blank careTeam");
            return;
        }
        PathwayVersion.Key key = new PathwayVersion.Key(data.definitionId(), data.version());
        PathwayVersion version = pathways.findById(key);
        boolean known = version != null;
        if (!known) {
            version = new PathwayVersion();
            version.id = key;
        }
        version.name = present(data.name());
        version.careTeam = data.careTeam();
        version.targetGroup = present(data.targetGroup());
        version.feedbackTiming = present(data.feedbackTiming());
        ServiceEvent serviceEvent = data.serviceEvent();
        version.placeOfService = serviceEvent == null ? null : present(serviceEvent.placeOfService());
        version.costCentre = serviceEvent == null ? null : present(serviceEvent.costCentre());
        version.auraServiceClass = serviceEvent == null ? null : present(serviceEvent.auraServiceClass());
        version.contactType = serviceEvent == null ? null : present(serviceEvent.contactType());
        if (!known) {
            pathways.persist(version);
        }
    }

    private void started(IncomingEvent event, EnrollmentStarted data) {
        remember(event, new Announced(data.enrollmentId(), data.definitionId(), data.definitionVersion(),
                data.clientId(), data.careTeam(), data.feedbackTiming(), data.startedOn()));
    }

    private void upgraded(IncomingEvent event, EnrollmentUpgraded data) {
        remember(event, new Announced(data.enrollmentId(), data.definitionId(), data.definitionVersion(),
                data.clientId(), data.careTeam(), data.feedbackTiming(), null));
    }

    private void ended(IncomingEvent event, EnrollmentEnded data) {
        KnownEnrollment enrollment = remember(event, new Announced(data.enrollmentId(), data.definitionId(),
                data.definitionVersion(), data.clientId(), data.careTeam(), data.feedbackTiming(), data.startedOn()));
        if (enrollment == null) {
            return;
        }
        enrollment.active = false;
        if (event.is(PathwayEvents.ENROLLMENT_COMPLETED) && KnownEnrollment.AT_END.equals(enrollment.feedbackTiming)) {
            requests.request(enrollment, "end");
        }
    }

    /** What an enrollment event says of the enrollment; {@code startedOn} is null when the event does not say. */
    private record Announced(UUID id, UUID definitionId, int definitionVersion, String clientId, String careTeam,
            String feedbackTiming, LocalDate startedOn) {
    }

    /** Stores the enrollment as announced; null (and a log line) when the event names no team or client. */
    private KnownEnrollment remember(IncomingEvent event, Announced announced) {
        if (blank(announced.clientId()) || blank(announced.careTeam())) {
            event.skipped("blank clientId or careTeam");
            return null;
        }
        KnownEnrollment enrollment = enrollments.findById(announced.id());
        boolean known = enrollment != null;
        if (!known) {
            enrollment = new KnownEnrollment();
            enrollment.id = announced.id();
            enrollment.active = true;
        }
        enrollment.clientSubject = announced.clientId();
        enrollment.definitionId = announced.definitionId();
        enrollment.definitionVersion = announced.definitionVersion();
        enrollment.careTeam = announced.careTeam();
        enrollment.feedbackTiming = present(announced.feedbackTiming());
        if (announced.startedOn() != null) {
            enrollment.startedOn = announced.startedOn();
        }
        if (!known) {
            enrollments.persist(enrollment);
        }
        return enrollment;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String present(String text) {
        return blank(text) ? null : text;
    }
}
