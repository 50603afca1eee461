package fi.digipolku.metrics.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudevents.CloudEvent;

import fi.digipolku.events.MessagingEvents;
import fi.digipolku.events.PathwayEvents;
import fi.digipolku.events.PathwayEvents.DefinitionPublished;
import fi.digipolku.metrics.MetricsConfig;
import fi.digipolku.support.inbox.IncomingEvent;

/**
 * Stores an event as a fact (its data as it came, whatever its version) and keeps the pathway dimension current,
 * whatever order events arrive in. The data is read leniently ({@link FactData}): a fact is never refused for what it
 * lacks.
 */
@ApplicationScoped
public class FactService {

    private final EntityManager em;
    private final Aggregates aggregates;
    private final FirstResponses firstResponses;
    private final MetricsConfig config;
    private final Clock clock;

    public FactService(EntityManager em, Aggregates aggregates, FirstResponses firstResponses,
            MetricsConfig config, Clock clock) {
        this.em = em;
        this.aggregates = aggregates;
        this.firstResponses = firstResponses;
        this.config = config;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(IncomingEvent incoming) {
        CloudEvent event = incoming.envelope();
        JsonNode data = incoming.data();
        String type = incoming.type();
        Instant received = clock.instant();
        Instant occurred = event.getTime() == null ? received : event.getTime().toInstant();
        String definitionId = FactData.definitionId(data);
        LocalDate day = LocalDate.ofInstant(occurred, config.zone());
        int inserted = em.createNativeQuery("""
                INSERT INTO event_fact (event_id, event_type, subject, occurred_at, definition_id, data, team, day,
                    received_at)
                VALUES (?1, ?2, ?3, ?4, CAST(?5 AS uuid), CAST(?6 AS jsonb), ?7, ?8, ?9) ON CONFLICT DO NOTHING""")
                .setParameter(1, event.getId())
                .setParameter(2, type)
                .setParameter(3, event.getSubject() == null ? "" : event.getSubject())
                .setParameter(4, Timestamp.from(occurred))
                .setParameter(5, definitionId)
                .setParameter(6, data.toString())
                .setParameter(7, Contributions.team(data))
                .setParameter(8, day)
                .setParameter(9, Timestamp.from(received))
                .executeUpdate();
        if (inserted == 0) {
            return;
        }
        aggregates.add(day, definitionId, Contributions.of(type, data));
        if (definitionId != null && incoming.is(PathwayEvents.DEFINITION_PUBLISHED)) {
            publish(definitionId, FactData.read(PathwayEvents.DEFINITION_PUBLISHED, data), occurred);
        } else if (definitionId != null && incoming.is(PathwayEvents.DEFINITION_RETIRED)) {
            retire(definitionId);
        } else if (incoming.is(MessagingEvents.THREAD_FIRST_RESPONSE)) {
            firstResponses.record(definitionId, Contributions.team(data),
                    FactData.read(MessagingEvents.THREAD_FIRST_RESPONSE, data).seconds());
        }
    }

    /** Keeps the pathway dimension at the latest version published. */
    private void publish(String definitionId, DefinitionPublished published, Instant at) {
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

    private void retire(String definitionId) {
        em.createNativeQuery("UPDATE pathway SET retired = true WHERE definition_id = CAST(?1 AS uuid)")
                .setParameter(1, definitionId)
                .executeUpdate();
    }
}
