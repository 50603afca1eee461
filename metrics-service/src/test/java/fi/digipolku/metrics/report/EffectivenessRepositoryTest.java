package fi.digipolku.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import fi.digipolku.metrics.intake.AggregateService;
import fi.digipolku.metrics.report.EffectivenessRepository.Enrollments;
import fi.digipolku.metrics.report.EffectivenessRepository.Facts;
import fi.digipolku.metrics.report.EffectivenessRepository.Figures;
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
            Figures nothing = new Figures(new Enrollments(0, 0, 0), null, new Percentiles(null, null), List.of(),
                    new PromChange(0, null));
            QuarkusTransaction.requiringNew().run(() -> {
                assertThat(repository.figures(List.of(facts, facts))).containsExactly(nothing, nothing);
                assertThat(repository.contentViews(UUID.fromString(definition), facts.from(), to, List.of(team)))
                        .isEmpty();
                assertThat(repository.dailyCounts(to, null, team, null)).isEmpty();
                assertThat(repository.figures(List.of())).isEmpty();
            });
        }
    }

    @Inject
    EntityManager em;

    @Test
    void oneQueryPerFigureAnswersEveryCellAsIfAlone() {
        String team = "team-" + UUID.randomUUID();
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            fact(a, team, "e1", "enrollment.started", "2024-01-05", "{}");
            fact(a, team, "e1", "enrollment.completed", "2024-02-10",
                    "{\"startedOn\": \"2024-01-05\", \"endedOn\": \"2024-02-10\"}");
            fact(a, team, "e2", "enrollment.started", "2024-01-20", "{}");
            fact(a, team, "e3", "enrollment.started", "2024-02-03", "{}");
            fact(a, team, "e3", "enrollment.discontinued", "2024-02-04", "{}");
            fact(a, team, "t1", "thread.first-response", "2024-01-10", "{\"seconds\": 100}");
            fact(a, team, "t2", "thread.first-response", "2024-01-11", "{\"seconds\": 300}");
            fact(b, team, "e4", "enrollment.started", "2024-02-01", "{}");
        });
        Instant closed = Instant.parse("2024-04-03T00:00:00Z");
        List<Facts> cells = new ArrayList<>();
        for (String definition : List.of(a, b)) {
            cells.add(new Facts(definition, team, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31), closed));
            cells.add(new Facts(definition, team, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29), null));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            List<Figures> figures = repository.figures(cells);
            assertThat(figures).extracting(Figures::enrollments).containsExactly(new Enrollments(2, 2, 0),
                    new Enrollments(1, 3, 0), new Enrollments(0, 0, 0), new Enrollments(1, 1, 0));
            assertThat(figures).extracting(Figures::medianDurationDays).containsExactly(null, 36.0, null, null);
            assertThat(figures.get(0).firstResponses()).isEqualTo(new Percentiles(200.0, 280.0));
            assertThat(figures).extracting(Figures::questionnairesAnsweredPerEnded).containsExactly(List.of(),
                    List.of(0L, 0L), List.of(), List.of());
            List<Figures> alone = cells.stream().map(cell -> repository.figures(List.of(cell)).get(0)).toList();
            assertThat(figures).isEqualTo(alone);
            List<Facts> backwards = new ArrayList<>(cells);
            Collections.reverse(backwards);
            List<Figures> expected = new ArrayList<>(alone);
            Collections.reverse(expected);
            assertThat(repository.figures(backwards)).isEqualTo(expected);
        });
    }

    private void fact(String definition, String team, String subject, String type, String day, String data) {
        em.createNativeQuery("""
                INSERT INTO event_fact (event_id, event_type, subject, occurred_at, definition_id, data, team, day)
                VALUES (?1, ?2, ?3, CAST(?4 AS date) + time '12:00', CAST(?5 AS uuid), CAST(?6 AS jsonb), ?7,
                    CAST(?4 AS date))""").setParameter(1, UUID.randomUUID().toString()).setParameter(2, type)
                .setParameter(3, subject + "-" + team).setParameter(4, day).setParameter(5, definition)
                .setParameter(6, data).setParameter(7, team).executeUpdate();
    }
}
