package fi.digipolku.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import fi.digipolku.metrics.intake.AggregateService;
import fi.digipolku.metrics.report.EffectivenessRepository.Enrollments;
import fi.digipolku.metrics.report.EffectivenessRepository.Facts;
import fi.digipolku.metrics.report.EffectivenessRepository.Percentiles;
import fi.digipolku.metrics.report.EffectivenessRepository.PromChange;

/**
 * The report's rows are records that Hibernate fills by position from the native queries; where there is nothing
 * to aggregate, PostgreSQL answers 0 for counts and null for medians, percentiles and means, and the records take it.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class EffectivenessRepositoryTest {

    @Inject
    EffectivenessRepository repository;

    @Test
    void rowsWithoutFactsAreZerosAndNulls() {
        String team = "team-" + UUID.randomUUID();
        LocalDate to = LocalDate.of(2024, 1, 31);
        for (String definition : List.of(UUID.randomUUID().toString(), AggregateService.NO_DEFINITION)) {
            Facts facts = new Facts(definition, team, to.withDayOfMonth(1), to, Instant.parse("2024-02-03T00:00:00Z"));
            QuarkusTransaction.requiringNew().run(() -> {
                assertThat(repository.enrollments(facts)).isEqualTo(new Enrollments(0, 0, 0));
                assertThat(repository.medianDurationDays(facts)).isNull();
                assertThat(repository.firstResponses(facts)).isEqualTo(new Percentiles(null, null));
                assertThat(repository.questionnairesAnsweredPerEnded(facts)).isEmpty();
                assertThat(repository.promChange(facts)).isEqualTo(new PromChange(0, null));
                assertThat(repository.contentViews(UUID.fromString(definition), facts.from(), to, List.of(team)))
                        .isEmpty();
                assertThat(repository.dailyCounts(to, null, team, null)).isEmpty();
            });
        }
    }
}
