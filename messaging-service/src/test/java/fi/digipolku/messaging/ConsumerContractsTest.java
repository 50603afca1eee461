package fi.digipolku.messaging;

import org.junit.jupiter.api.Test;

import fi.digipolku.events.EventContracts;
import fi.digipolku.events.MessagingEvents;
import fi.digipolku.events.PathwayEvents;

/**
 * What this service reads from other services' events and from its own, checked against the committed schemas: a
 * producer that stops giving a field named here fails this build. Plain JUnit, no Quarkus.
 */
class ConsumerContractsTest {

    /** enrollment/PathwayEventIntake keeps these of every enrollment event, and closes threads on an ending. */
    private static final String[] ENROLLMENT_FACTS = {"enrollmentId", "clientId", "definitionId", "careTeam",
            "followedByTeam", "messagingEnabled"};

    @Test
    void enrollmentEventsGiveWhatTheIntakeKeeps() {
        EventContracts.of(PathwayEvents.ENROLLMENT_STARTED).requires(ENROLLMENT_FACTS).verify();
        EventContracts.of(PathwayEvents.ENROLLMENT_UPGRADED).requires(ENROLLMENT_FACTS).verify();
        PathwayEvents.ENROLLMENT_ENDINGS.forEach(ending -> EventContracts.of(ending).requires(ENROLLMENT_FACTS)
                .verify());
    }

    @Test
    void messagingEventsGiveWhatAlertsShow() {
        EventContracts.of(MessagingEvents.MESSAGE_SENT)
                .requires("threadId", "careTeam", "startedClock", "contactRequest").mayLack("dueAt").verify();
        EventContracts.of(MessagingEvents.PROMISE_BREACHED)
                .requires("threadId", "careTeam", "dueAt", "contactRequest").mayLack("escalatedTo").verify();
    }
}
