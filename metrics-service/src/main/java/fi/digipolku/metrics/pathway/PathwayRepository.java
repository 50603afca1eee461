package fi.digipolku.metrics.pathway;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/** Reads the pathway dimension ({@code pathway}, kept current by intake) for the list of pathways. */
@ApplicationScoped
public class PathwayRepository {

    private final EntityManager em;

    public PathwayRepository(EntityManager em) {
        this.em = em;
    }

    /** A pathway as the query selects it, its definition id as text. */
    private record Row(String definitionId, String name, String kind, String careTeam, int latestVersion,
            boolean retired) {

        PathwaySummary summary() {
            return new PathwaySummary(UUID.fromString(definitionId), name, kind, careTeam, latestVersion, retired);
        }
    }

    /** One page of pathways by name (and id), of the given care teams, or of all when {@code teams} is null. */
    List<PathwaySummary> page(List<String> teams, int page, int size) {
        var query = session().createNativeQuery("""
                SELECT CAST(definition_id AS text), name, kind, care_team, latest_version, retired FROM pathway"""
                + where(teams) + " ORDER BY name, definition_id LIMIT " + size + " OFFSET " + ((long) page * size),
                Row.class);
        if (teams != null) {
            query.setParameter(1, teams);
        }
        return query.getResultList().stream().map(Row::summary).toList();
    }

    /** How many pathways the given care teams have, or all have when {@code teams} is null. */
    long count(List<String> teams) {
        var query = session().createNativeQuery("SELECT count(*) FROM pathway" + where(teams), Long.class);
        if (teams != null) {
            query.setParameter(1, teams);
        }
        return query.getSingleResult();
    }

    private static String where(List<String> teams) {
        return teams == null ? "" : " WHERE care_team IN (?1)";
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
