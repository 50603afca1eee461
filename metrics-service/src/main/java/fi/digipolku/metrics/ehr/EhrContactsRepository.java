package fi.digipolku.metrics.ehr;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * The EHR's monthly contacts ({@code ehr_contacts}), and the day a pathway took its first client as the daily counts
 * ({@code daily_metric}) have it. A pathway or team that is not named is stored under the nil UUID or the empty team.
 */
@ApplicationScoped
public class EhrContactsRepository {

    private final EntityManager em;

    public EhrContactsRepository(EntityManager em) {
        this.em = em;
    }

    /** Stores one month's figures, replacing any sent before for the same month, pathway and team. */
    void put(LocalDate month, String definitionId, String team, int phoneCalls, int visits, String reportedBy,
            Instant reportedAt) {
        em.createNativeQuery("""
                INSERT INTO ehr_contacts (month, definition_id, team, phone_calls, visits, reported_by, reported_at)
                VALUES (?1, CAST(?2 AS uuid), ?3, ?4, ?5, ?6, ?7)
                ON CONFLICT (month, definition_id, team) DO UPDATE SET phone_calls = EXCLUDED.phone_calls,
                    visits = EXCLUDED.visits, reported_by = EXCLUDED.reported_by, reported_at = EXCLUDED.reported_at""")
                .setParameter(1, month)
                .setParameter(2, definitionId).setParameter(3, team)
                .setParameter(4, phoneCalls).setParameter(5, visits)
                .setParameter(6, reportedBy).setParameter(7, reportedAt).executeUpdate();
    }

    /** Every month stored for the pathway and team, oldest first. */
    List<EhrContactsService.Month> months(String definitionId, String team) {
        return session().createNativeQuery("""
                SELECT to_char(month, 'YYYY-MM'), phone_calls, visits FROM ehr_contacts
                WHERE definition_id = CAST(?1 AS uuid) AND team = ?2 ORDER BY month""", EhrContactsService.Month.class)
                .setParameter(1, definitionId).setParameter(2, team).getResultList();
    }

    /** The first day an enrollment started on the pathway, in the team, or either when the other is null. */
    Optional<LocalDate> firstEnrollmentStarted(UUID definitionId, String team) {
        StringBuilder firstStart = new StringBuilder(
                "SELECT min(day) FROM daily_metric WHERE metric = 'enrollments_started'");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (definitionId != null) {
            firstStart.append(" AND definition_id = CAST(:definition AS uuid)");
            parameters.put("definition", definitionId.toString());
        }
        if (team != null) {
            firstStart.append(" AND team = :team");
            parameters.put("team", team);
        }
        var query = session().createNativeQuery(firstStart.toString(), LocalDate.class);
        parameters.forEach(query::setParameter);
        return Optional.ofNullable(query.getSingleResult());
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
