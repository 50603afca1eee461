package fi.digipolku.metrics.intake;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The daily counts per pathway definition and team ({@code daily_metric}) as intake writes them. */
@ApplicationScoped
public class AggregateRepository {

    private static final String ADD = """
            INSERT INTO daily_metric (day, definition_id, team, metric, value)
            VALUES (?1, CAST(?2 AS uuid), ?3, ?4, ?5)
            ON CONFLICT (day, definition_id, team, metric)
                DO UPDATE SET value = daily_metric.value + EXCLUDED.value""";

    private final EntityManager em;

    public AggregateRepository(EntityManager em) {
        this.em = em;
    }

    /** Adds {@code amount} to one day's count, creating it at {@code amount}. */
    void add(LocalDate day, String definitionId, String team, String metric, long amount) {
        em.createNativeQuery(ADD)
                .setParameter(1, day).setParameter(2, definitionId).setParameter(3, team == null ? "" : team)
                .setParameter(4, metric).setParameter(5, amount).executeUpdate();
    }

    /** Removes every count, holding off other writers until the transaction ends. */
    void clearForRebuild() {
        em.createNativeQuery("LOCK TABLE daily_metric IN EXCLUSIVE MODE").executeUpdate();
        em.createNativeQuery("DELETE FROM daily_metric").executeUpdate();
    }
}
