package fi.digipolku.metrics.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.jpa.AvailableHints;

import fi.digipolku.events.PathwayEvents.DefinitionPublished;

/** The stored facts ({@code event_fact}) and the pathway dimension ({@code pathway}) that intake keeps current. */
@ApplicationScoped
public class FactRepository {

    private final EntityManager em;

    public FactRepository(EntityManager em) {
        this.em = em;
    }

    /** A fact as a rebuild reads it: its type, day, pathway definition (or null) and data as JSON text. */
    public record StoredFact(String eventType, LocalDate day, String definitionId, String data) {
    }

    /** A fact to store; {@code definitionId} may be null. */
    record NewFact(String eventId, String eventType, String subject, Instant occurredAt, String definitionId,
            String data, String team, LocalDate day, Instant receivedAt) {
    }

    /** Stores a fact unless one with its event id is there already; true when it was stored. */
    boolean insert(NewFact fact) {
        return em.createNativeQuery("""
                INSERT INTO event_fact (event_id, event_type, subject, occurred_at, definition_id, data, team, day,
                    received_at)
                VALUES (?1, ?2, ?3, ?4, CAST(?5 AS uuid), CAST(?6 AS jsonb), ?7, ?8, ?9) ON CONFLICT DO NOTHING""")
                .setParameter(1, fact.eventId())
                .setParameter(2, fact.eventType())
                .setParameter(3, fact.subject())
                .setParameter(4, Timestamp.from(fact.occurredAt()))
                .setParameter(5, fact.definitionId())
                .setParameter(6, fact.data())
                .setParameter(7, fact.team())
                .setParameter(8, fact.day())
                .setParameter(9, Timestamp.from(fact.receivedAt()))
                .executeUpdate() > 0;
    }

    /**
     * Every fact, read {@code fetchSize} at a time, never all at once: a year of a county's facts does not fit in the
     * heap. The caller closes the stream.
     */
    Stream<StoredFact> streamAll(int fetchSize) {
        return session().createNativeQuery(
                "SELECT event_type, day, CAST(definition_id AS text), CAST(data AS text) FROM event_fact",
                StoredFact.class)
                .setHint(AvailableHints.HINT_FETCH_SIZE, fetchSize).getResultStream();
    }

    /** Keeps the pathway dimension at the latest version published. */
    void publishPathway(String definitionId, DefinitionPublished published, Instant at) {
        em.createNativeQuery("""
                INSERT INTO pathway (definition_id, name, kind, care_team, latest_version, retired, updated_at,
                    measurement_modules, questionnaire_modules)
                VALUES (CAST(?1 AS uuid), ?2, ?3, ?4, ?5, false, ?6, ?7, ?8)
                ON CONFLICT (definition_id) DO UPDATE
                SET name = EXCLUDED.name, kind = EXCLUDED.kind, care_team = EXCLUDED.care_team,
                    latest_version = EXCLUDED.latest_version, updated_at = EXCLUDED.updated_at,
                    measurement_modules = EXCLUDED.measurement_modules,
                    questionnaire_modules = EXCLUDED.questionnaire_modules
                WHERE pathway.latest_version < EXCLUDED.latest_version""")
                .setParameter(1, definitionId)
                .setParameter(2, Objects.requireNonNullElse(published.name(), ""))
                .setParameter(3, Objects.requireNonNullElse(published.kind(), ""))
                .setParameter(4, Objects.requireNonNullElse(published.careTeam(), ""))
                .setParameter(5, published.version())
                .setParameter(6, Timestamp.from(at))
                .setParameter(7, published.measurementModules())
                .setParameter(8, published.questionnaireModules())
                .executeUpdate();
    }

    void retirePathway(String definitionId) {
        em.createNativeQuery("UPDATE pathway SET retired = true WHERE definition_id = CAST(?1 AS uuid)")
                .setParameter(1, definitionId)
                .executeUpdate();
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
