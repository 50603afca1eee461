package fi.digipolku.pathway.fhir;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

import fi.digipolku.pathway.progress.RecordPayload;

/**
 * The FHIR searches over released client data: reviewed, non-private records ({@code progress_record}) and
 * followed enrollments ({@code enrollment}), of clients with a stored identity code ({@code client_identity}), in
 * native SQL; each answers one page of ids and the total.
 */
@ApplicationScoped
public class FhirRepository {

    /** One page of the ids found, and how many match in all. */
    public record Ids(List<UUID> ids, long total) {
    }

    private final EntityManager em;

    public FhirRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Reviewed measurements ({@code observation}) or questionnaire answers that are not private, in review order;
     * of one patient when {@code patientDigest} (the keyed digest of their identity code) is given.
     */
    public Ids reviewedRecords(boolean observation, FhirSearch search, byte[] patientDigest) {
        StringBuilder where = new StringBuilder("""
                FROM progress_record r JOIN enrollment e ON e.id = r.enrollment_id
                JOIN client_identity ci ON ci.client_subject = e.client_subject
                WHERE r.reviewed_at IS NOT NULL AND r.private_entry = false""");
        Map<String, Object> params = new LinkedHashMap<>();
        where.append(observation
                ? " AND r.module_type = 'MEASUREMENT'"
                : " AND r.module_type IN ('QUESTIONNAIRE', 'RISK_TEST')");
        patient(patientDigest, where, params);
        String time = observation
                ? "coalesce((r.payload ->> '" + RecordPayload.MEASURED_AT + "')::timestamptz, r.recorded_at)"
                : "r.recorded_at";
        range(time, search.from(), search.until(), "d", where, params);
        range("r.reviewed_at", search.updatedFrom(), search.updatedUntil(), "u", where, params);
        if (search.code() != null) {
            where.append(" AND r.payload ->> '" + RecordPayload.LOINC + "' = :code");
            params.put("code", search.code());
        }
        if (search.category() != null) {
            where.append(" AND r.payload ->> '" + RecordPayload.LOINC + "' IN (:categoryCodes)");
            List<String> codes = List.copyOf(FhirMapper.codesOf(search.category()));
            params.put("categoryCodes", codes.isEmpty() ? List.of("-") : codes);
        }
        long total = count(where, params);
        return new Ids(ids("SELECT r.id " + where + " ORDER BY r.reviewed_at, r.id", params, search), total);
    }

    /**
     * Enrollments a care team follows, in start order; of one patient when {@code patientDigest} is given.
     */
    public Ids followedEnrollments(FhirSearch search, byte[] patientDigest) {
        StringBuilder where = new StringBuilder("""
                FROM enrollment e JOIN client_identity ci ON ci.client_subject = e.client_subject
                WHERE e.followed_by_team""");
        Map<String, Object> params = new LinkedHashMap<>();
        patient(patientDigest, where, params);
        range("e.last_activity_at", search.updatedFrom(), search.updatedUntil(), "u", where, params);
        long total = count(where, params);
        return new Ids(ids("SELECT e.id " + where + " ORDER BY e.started_at, e.id", params, search), total);
    }

    private static void patient(byte[] patientDigest, StringBuilder where, Map<String, Object> params) {
        if (patientDigest != null) {
            where.append(" AND ci.identity_hmac = :hmac");
            params.put("hmac", patientDigest);
        }
    }

    private static void range(String column, Instant from, Instant until, String name, StringBuilder where,
            Map<String, Object> params) {
        if (from != null) {
            where.append(" AND ").append(column).append(" >= :").append(name).append("from");
            params.put(name + "from", Timestamp.from(from));
        }
        if (until != null) {
            where.append(" AND ").append(column).append(" < :").append(name).append("until");
            params.put(name + "until", Timestamp.from(until));
        }
    }

    private long count(StringBuilder where, Map<String, Object> params) {
        NativeQuery<Long> query = session().createNativeQuery("SELECT count(*) " + where, Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private List<UUID> ids(String sql, Map<String, Object> params, FhirSearch search) {
        NativeQuery<UUID> query = session().createNativeQuery(sql + " LIMIT :limit OFFSET :offset", UUID.class);
        params.forEach(query::setParameter);
        query.setParameter("limit", search.count()).setParameter("offset", search.offset());
        return query.getResultList();
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
