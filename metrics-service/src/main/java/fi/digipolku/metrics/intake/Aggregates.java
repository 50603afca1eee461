package fi.digipolku.metrics.intake;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.jpa.AvailableHints;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The daily counts per pathway definition and team: added to per new fact, and rebuilt from all facts. */
@ApplicationScoped
public class Aggregates {

    /** Counts that belong to no pathway definition are kept under the nil UUID. */
    public static final String NO_DEFINITION = "00000000-0000-0000-0000-000000000000";

    /** Facts read from the database per round trip during a rebuild. */
    private static final int FETCH_SIZE = 1000;

    private final EntityManager em;
    private final ObjectMapper json;

    public Aggregates(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** What a rebuild read and wrote. */
    public record Rebuilt(long facts, long rows) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(LocalDate day, String definitionId, List<Contributions.Contribution> contributions) {
        for (Contributions.Contribution c : contributions) {
            upsert(day, definitionId == null ? NO_DEFINITION : definitionId, c.team(), c.metric(), c.amount());
        }
    }

    /** Recomputes every daily count from the stored facts, replacing what was there. */
    @Transactional
    public Rebuilt rebuild() {
        em.createNativeQuery("LOCK TABLE daily_metric IN EXCLUSIVE MODE").executeUpdate();
        em.createNativeQuery("DELETE FROM daily_metric").executeUpdate();
        Map<List<Object>, Long> counts = new HashMap<>();
        long facts = 0;
        // Facts are read a batch at a time, never all at once: a year of a county's facts does not fit in the heap.
        @SuppressWarnings("unchecked")
        Stream<Object[]> stream = em.createNativeQuery(
                "SELECT event_type, day, CAST(definition_id AS text), CAST(data AS text) FROM event_fact")
                .setHint(AvailableHints.HINT_FETCH_SIZE, FETCH_SIZE).getResultStream();
        try (stream) {
            for (Iterator<Object[]> rows = stream.iterator(); rows.hasNext();) {
                facts++;
                Object[] row = rows.next();
                JsonNode data;
                try {
                    data = json.readTree((String) row[3]);
                } catch (JsonProcessingException e) {
                    continue;
                }
                String definition = row[2] == null ? NO_DEFINITION : (String) row[2];
                LocalDate day = row[1] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[1];
                for (Contributions.Contribution c : Contributions.of((String) row[0], data)) {
                    counts.merge(List.of(day, definition, c.team(), c.metric()), c.amount(), Long::sum);
                }
            }
        }
        counts.forEach((key, value) -> upsert((LocalDate) key.get(0), (String) key.get(1), (String) key.get(2),
                (String) key.get(3), value));
        return new Rebuilt(facts, counts.size());
    }

    private void upsert(LocalDate day, String definitionId, String team, String metric, long amount) {
        em.createNativeQuery(
                """
                        INSERT INTO daily_metric (day, definition_id, team, metric, value)
                        VALUES (?1, CAST(?2 AS uuid), ?3, ?4, ?5)
                        ON CONFLICT (day, definition_id, team, metric) DO UPDATE SET value = daily_metric.value + EXCLUDED.value""")
                .setParameter(1, day).setParameter(2, definitionId).setParameter(3, team == null ? "" : team)
                .setParameter(4, metric).setParameter(5, amount).executeUpdate();
    }

}
