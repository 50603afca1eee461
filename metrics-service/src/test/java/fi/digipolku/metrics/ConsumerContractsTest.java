package fi.digipolku.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import fi.digipolku.events.EventCatalogue;
import fi.digipolku.events.EventContracts;
import fi.digipolku.events.EventType;
import fi.digipolku.events.MessagingEvents;
import fi.digipolku.events.PathwayEvents;

/**
 * What this service reads from the events it stores, checked against the committed schemas: a producer that stops
 * giving a field named here fails this build. The intake stores facts leniently, but the counts and reports are only
 * right when producers give these fields. Plain JUnit, no Quarkus.
 */
class ConsumerContractsTest {

    /** Types without a care team: the pathway is retired for all, a monitoring view names its teams. */
    private static final Set<EventType<?>> WITHOUT_TEAM = Set.of(PathwayEvents.DEFINITION_RETIRED,
            PathwayEvents.MONITORING_VIEWED);
    /** Types without a pathway definition: their counts are kept under no pathway. */
    private static final Set<EventType<?>> WITHOUT_DEFINITION = Set.of(PathwayEvents.FLAG_RAISED,
            PathwayEvents.MONITORING_VIEWED);

    @Test
    void everyTypeGivesItsTeamAndPathway() {
        for (EventType<?> type : EventCatalogue.ALL) {
            EventContracts contract = EventContracts.of(type);
            if (!WITHOUT_TEAM.contains(type)) {
                contract.requires("careTeam");
            }
            if (!WITHOUT_DEFINITION.contains(type)) {
                contract.requires("definitionId");
            }
            contract.verify();
        }
    }

    @Test
    void countsGetTheFieldsTheyDependOn() {
        EventContracts.of(PathwayEvents.MEASUREMENT_RECORDED).requires("onSchedule").verify();
        EventContracts.of(PathwayEvents.MONITORING_VIEWED).requires("teams").verify();
        EventContracts.of(MessagingEvents.MESSAGE_SENT).requires("senderRole", "startedClock").verify();
        EventContracts.of(MessagingEvents.THREAD_FIRST_RESPONSE).requires("seconds", "withinPromise").verify();
    }

    @Test
    void publishedDefinitionsFillThePathwayTable() {
        EventContracts.of(PathwayEvents.DEFINITION_PUBLISHED)
                .requires("definitionId", "version", "kind", "careTeam", "measurementModules",
                        "questionnaireModules")
                .mayLack("name").verify();
        EventContracts.of(PathwayEvents.DEFINITION_RETIRED).requires("definitionId").verify();
    }

    @Test
    void reportsGetTheFieldsTheirQueriesRead() {
        EventContracts.of(PathwayEvents.CONTENT_VIEWED).requires("moduleKey", "clientId").verify();
        EventContracts.of(PathwayEvents.QUESTIONNAIRE_SUBMITTED).requires("moduleKey", "score").mayLack("purpose")
                .verify();
        EventContracts.of(PathwayEvents.ENROLLMENT_COMPLETED).requires("startedOn", "endedOn").verify();
    }

    @Test
    void everyEventTypeNamedInTheReportsSqlIsInTheCatalogue() throws IOException {
        // The reports' SQL filters facts by type name; a type renamed in the catalogue must not silently zero them.
        Pattern quotedType = Pattern.compile("'([a-z]+(?:-[a-z]+)*\\.[a-z]+(?:-[a-z]+)*)'");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = quotedType.matcher(Files.readString(source));
                while (matcher.find()) {
                    named.add(matcher.group(1));
                }
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(named).allSatisfy(name -> assertThat(EventCatalogue.byName(name)).as(name).isPresent());
    }
}
