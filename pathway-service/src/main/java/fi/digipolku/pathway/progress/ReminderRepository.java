package fi.digipolku.pathway.progress;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * Announced reminders ({@code reminder_announced}): one statement finds the reminders due through the enrollments'
 * own definition versions and marks them announced, once per enrollment and reminder.
 */
@ApplicationScoped
public class ReminderRepository {

    /** A reminder announced now: ids and the due day as PostgreSQL renders them in text. */
    public record Announced(String enrollmentId, String moduleKey, String dueOn, String definitionId,
            String careTeam, String clientSubject) {
    }

    private final EntityManager em;

    public ReminderRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Marks as announced the reminders of active enrollments due between the two days (inclusive), skipping modules
     * switched off for the client and reminders announced before; returns those marked now.
     */
    public List<Announced> announce(LocalDate from, LocalDate to) {
        return em.unwrap(Session.class).createNativeQuery("""
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
                FROM due JOIN inserted USING (enrollment_id, module_key)""", Announced.class)
                .setParameter(1, Date.valueOf(from))
                .setParameter(2, Date.valueOf(to))
                .getResultList();
    }
}
