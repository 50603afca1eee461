package fi.digipolku.feedback.pathway;

import org.junit.jupiter.api.Test;

import fi.digipolku.events.EventContracts;
import fi.digipolku.events.PathwayEvents;

/**
 * The fields of pathway-service's events that {@link PathwayEventIntake} reads, checked against their committed
 * schemas: a producer that drops one, or lets a required one be absent, fails this build.
 */
class PathwayEventsContractTest {

    private static final String[] ENROLLMENT = {"enrollmentId", "definitionId", "definitionVersion", "clientId",
            "careTeam"};

    @Test
    void aPublishedDefinitionGivesItsVersionTeamAndServiceEvent() {
        EventContracts.of(PathwayEvents.DEFINITION_PUBLISHED).requires("definitionId", "version", "careTeam")
                .mayLack("name", "targetGroup", "feedbackTiming", "serviceEvent", "serviceEvent.placeOfService",
                        "serviceEvent.costCentre", "serviceEvent.auraServiceClass", "serviceEvent.contactType")
                .verify();
    }

    @Test
    void aStartedEnrollmentGivesItsClientTeamAndStartDay() {
        EventContracts.of(PathwayEvents.ENROLLMENT_STARTED).requires(ENROLLMENT).requires("startedOn")
                .mayLack("feedbackTiming").verify();
    }

    @Test
    void anUpgradedEnrollmentGivesItsClientAndTeam() {
        EventContracts.of(PathwayEvents.ENROLLMENT_UPGRADED).requires(ENROLLMENT).mayLack("feedbackTiming").verify();
    }

    @Test
    void everyEndingGivesItsClientAndTeam() {
        PathwayEvents.ENROLLMENT_ENDINGS.forEach(ending -> EventContracts.of(ending).requires(ENROLLMENT)
                .mayLack("feedbackTiming", "startedOn").verify());
    }
}
