package fi.digipolku.metrics.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import fi.digipolku.metrics.intake.EventIntake;
import fi.digipolku.support.testing.TestClock;
import fi.digipolku.support.testing.events.InMemoryEvents;

/** The gauges' rows are records filled by position; a pathway never published has no answer to whether it measures. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class GaugeRepositoryTest {

    @Inject
    GaugeRepository repository;

    @Inject
    TestClock clock;

    @Test
    void anEnrollmentOfAnUnknownPathwayCountsAsRunningWithoutSayingWhetherItMeasures() {
        String definition = UUID.randomUUID().toString();
        String team = "team-" + UUID.randomUUID();
        String enrollment = UUID.randomUUID().toString();
        InMemoryEvents.send(EventIntake.PATHWAY_EVENTS, "/test", "enrollment.started", enrollment,
                Map.of("enrollmentId", enrollment, "definitionId", definition, "careTeam", team, "clientId", "c"),
                UUID.randomUUID().toString(), clock.instant());
        LocalDate today = clock.instant().atZone(TestClock.HELSINKI).toLocalDate();

        await().atMost(Duration.ofSeconds(10)).until(() -> row(definition, today.minusDays(6), today).isPresent());
        assertThat(row(definition, today.minusDays(6), today)).contains(
                new GaugeRepository.Enrollments(definition, team, 1, 1, 0, null));
        assertThat(QuarkusTransaction.requiringNew().call(() -> repository.totals(List.of("enrollments_started"))))
                .contains(new GaugeRepository.Total(definition, team, "enrollments_started",
                        BigDecimal.ONE));
    }

    private Optional<GaugeRepository.Enrollments> row(String definition, LocalDate first, LocalDate last) {
        return QuarkusTransaction.requiringNew().call(() -> repository.enrollments(first, last)).stream()
                .filter(row -> row.definitionId().equals(definition)).findFirst();
    }
}
