package fi.digipolku.pathway.progress;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fi.digipolku.events.PathwayEvents;
import fi.digipolku.events.PathwayEvents.ReminderDue;
import fi.digipolku.pathway.PathwayConfig;
import fi.digipolku.support.outbox.Outbox;

/**
 * Announces reminders on their day: {@code reminder.due} for each active enrollment whose reminder falls today (or
 * yesterday, if a run was missed), once per enrollment and reminder, skipping modules switched off for the client;
 * never before its day. One SQL statement finds them through the enrollments' own definition versions; its due day,
 * the start plus the day offset, is {@link ModuleOpening#opensOn} of a reminder.
 */
@ApplicationScoped
public class ReminderService {

    private final EntityManager em;
    private final Outbox outbox;
    private final PathwayConfig config;
    private final Clock clock;

    public ReminderService(EntityManager em, Outbox outbox, PathwayConfig config, Clock clock) {
        this.em = em;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** Announces the reminders due now; returns how many. */
    @Transactional
    public int announceDue() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), config.zone());
        @SuppressWarnings("unchecked")
        List<Object[]> announced = em.createNativeQuery("""
                WITH due AS (
                    SELECT e.id AS enrollment_id, m ->> 'key' AS module_key,
                           e.started_on + CAST(m ->> 'dayOffset' AS integer) AS due_on,
                           CAST(e.definition_id AS text) AS definition_id, e.care_team, e.client_subject
                    FROM enrollment e
                    JOIN pathway_definition_version v
                      ON v.definition_id = e.definition_id AND v.version = e.definition_version
                    CROSS JOIN LATERAL jsonb_array_elements(v.content -> 'modules') m
                    WHERE e.status = 'ACTIVE' AND m ->> 'type' = 'REMINDER'
                      AND NOT jsonb_exists(e.disabled_modules, m ->> 'key')
                      AND e.started_on + CAST(m ->> 'dayOffset' AS integer) BETWEEN ?1 AND ?2
                ), inserted AS (
                    INSERT INTO reminder_announced (enrollment_id, module_key, due_on)
                    SELECT enrollment_id, module_key, due_on FROM due
                    ON CONFLICT DO NOTHING
                    RETURNING enrollment_id, module_key
                )
                SELECT CAST(due.enrollment_id AS text), due.module_key, CAST(due.due_on AS text), due.definition_id,
                       due.care_team, due.client_subject
                FROM due JOIN inserted USING (enrollment_id, module_key)""")
                .setParameter(1, Date.valueOf(today.minusDays(1)))
                .setParameter(2, Date.valueOf(today))
                .getResultList();
        for (Object[] row : announced) {
            UUID enrollmentId = UUID.fromString((String) row[0]);
            outbox.publish(PathwayEvents.REMINDER_DUE, enrollmentId.toString(), new ReminderDue(enrollmentId,
                    (String) row[1], LocalDate.parse((String) row[2]), UUID.fromString((String) row[3]),
                    (String) row[4], (String) row[5]));
        }
        return announced.size();
    }
}
