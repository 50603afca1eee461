package fi.digipolku.metrics.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudevents.CloudEvent;

import fi.digipolku.metrics.MetricsConfig;
import fi.digipolku.support.inbox.IncomingEvent;

/** Stores an event as a fact and keeps the pathway dimension current, whatever order events arrive in. */
@ApplicationScoped
public class FactRecorder {

    private final EntityManager em;
    private final Aggregates aggregates;
    private final FirstResponses firstResponses;
    private final MetricsConfig config;
    private final Clock clock;

    public FactRecorder(EntityManager em, Aggregates aggregates, FirstResponses firstResponses,
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
        String definitionId = uuidOrNull(data.path("definitionId").asText(null));
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
        switch (type) {
            case "definition.published" -> {
                if (definitionId != null) {
                    publish(data, occurred);
                }
            }
            case "definition.retired" -> {
                if (definitionId != null) {
                    retire(data);
                }
            }
            case "thread.first-response" -> firstResponses.record(definitionId, Contributions.team(data),
                    data.path("seconds").asLong(0));
            default -> {
            }
        }
    }

    private static String uuidOrNull(String value) {
        try {
            return value == null ? null : java.util.UUID.fromString(value).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void publish(JsonNode data, Instant at) {
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
                .setParameter(1, data.path("definitionId").asText())
                .setParameter(2, data.path("name").asText(""))
                .setParameter(3, data.path("kind").asText(""))
                .setParameter(4, data.path("careTeam").asText(""))
                .setParameter(5, data.path("version").asInt())
                .setParameter(6, Timestamp.from(at))
                .setParameter(7, data.path("measurementModules").asInt(0))
                .setParameter(8, data.path("questionnaireModules").asInt(0))
                .executeUpdate();
    }

    private void retire(JsonNode data) {
        em.createNativeQuery("UPDATE pathway SET retired = true WHERE definition_id = CAST(?1 AS uuid)")
                .setParameter(1, data.path("definitionId").asText())
                .executeUpdate();
    }
}
