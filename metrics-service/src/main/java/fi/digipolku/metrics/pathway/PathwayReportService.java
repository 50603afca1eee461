package fi.digipolku.metrics.pathway;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import fi.digipolku.support.http.Page;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.identity.Role;

/** The pathways known to reporting. Professionals see their own teams' pathways; analysts and admins see all. */
@ApplicationScoped
public class PathwayReportService {

    private final EntityManager em;

    public PathwayReportService(EntityManager em) {
        this.em = em;
    }

    public Page<PathwaySummary> pathways(Caller caller, int page, int size) {
        boolean all = caller.hasRole(Role.ANALYST) || caller.hasRole(Role.ADMIN);
        List<String> teams = new ArrayList<>(caller.teams());
        if (!all && teams.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        String where = all ? "" : " WHERE care_team IN (?1)";
        var query = em.createNativeQuery("""
                SELECT CAST(definition_id AS text), name, kind, care_team, latest_version, retired FROM pathway"""
                + where + " ORDER BY name, definition_id LIMIT " + size + " OFFSET " + ((long) page * size));
        var count = em.createNativeQuery("SELECT count(*) FROM pathway" + where);
        if (!all) {
            query.setParameter(1, teams);
            count.setParameter(1, teams);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<PathwaySummary> items = rows.stream()
                .map(r -> new PathwaySummary(UUID.fromString((String) r[0]), (String) r[1], (String) r[2],
                        (String) r[3], ((Number) r[4]).intValue(), (Boolean) r[5]))
                .toList();
        return new Page<>(items, page, size, ((Number) count.getSingleResult()).longValue());
    }
}
