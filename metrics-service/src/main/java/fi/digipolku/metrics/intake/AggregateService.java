package fi.digipolku.metrics.intake;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The daily counts per pathway definition and team: added to per new fact, and rebuilt from all facts. */
@ApplicationScoped
public class AggregateService {

    /** Counts that belong to no pathway definition are kept under the nil UUID. */
    public static final String NO_DEFINITION = "00000000-0000-0000-0000-000000000000";

    /** Facts read from the database per round trip during a rebuild. */
    private static final int FETCH_SIZE = 1000;

    private final AggregateRepository dailyMetrics;
    private final FactRepository facts;
    private final ObjectMapper json;

    public AggregateService(AggregateRepository dailyMetrics, FactRepository facts, ObjectMapper json) {
        this.dailyMetrics = dailyMetrics;
        this.facts = facts;
        this.json = json;
    }

    /** What a rebuild read and wrote. */
    public record Rebuilt(long facts, long rows) {
    }

    /** One daily count that a rebuild sums up. */
    private record Count(LocalDate day, String definitionId, String team, String metric) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(LocalDate day, String definitionId, List<Contributions.Contribution> contributions) {
        for (Contributions.Contribution c : contributions) {
            dailyMetrics.add(day, definitionId == null ? NO_DEFINITION : definitionId, c.team(), c.metric(),
                    c.amount());
        }
    }

    /** Recomputes every daily count from the stored facts, replacing what was there. */
    @Transactional
    public Rebuilt rebuild() {
        dailyMetrics.clearForRebuild();
        Map<Count, Long> counts = new HashMap<>();
        long read = 0;
        // Facts are read a batch at a time, never all at once: a year of a county's facts does not fit in the heap.
        try (Stream<FactRepository.StoredFact> stream = facts.streamAll(FETCH_SIZE)) {
            for (Iterator<FactRepository.StoredFact> rows = stream.iterator(); rows.hasNext();) {
                read++;
                FactRepository.StoredFact fact = rows.next();
                JsonNode data;
                try {
                    data = json.readTree(fact.data());
                } catch (JsonProcessingException e) {
                    continue;
                }
                String definition = fact.definitionId() == null ? NO_DEFINITION : fact.definitionId();
                for (Contributions.Contribution c : Contributions.of(fact.eventType(), data)) {
                    counts.merge(new Count(fact.day(), definition, c.team(), c.metric()), c.amount(), Long::sum);
                }
            }
        }
        counts.forEach((key, value) -> dailyMetrics.add(key.day(), key.definitionId(), key.team(), key.metric(),
                value));
        return new Rebuilt(read, counts.size());
    }
}
