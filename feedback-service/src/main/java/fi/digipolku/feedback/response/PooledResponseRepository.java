package fi.digipolku.feedback.response;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The pool of answers waiting for release (table {@code response_pool}), and the answers pooled before the pool was
 * sealed (table {@code response_pool_unsealed}, left by migration V4 until they are sealed).
 */
@ApplicationScoped
public class PooledResponseRepository implements PanacheRepositoryBase<PooledResponse, UUID> {

    /** An answer pooled before sealing, as migration V4 left it. */
    record UnsealedRow(LocalDate pooledOn, String surveyKey, int surveyVersion, UUID definitionId,
            int definitionVersion, String careTeam, String clientSegment, Integer nps, Integer ces, String statements,
            String openAnswer, String removed) {
    }

    /** Every pooled answer, locked; rows another transaction holds are skipped. */
    List<PooledResponse> lockAll() {
        return getSession()
                .createNativeQuery("SELECT * FROM response_pool FOR UPDATE SKIP LOCKED", PooledResponse.class)
                .getResultList();
    }

    /** The pooled answers whose sealed content is not {@code length} bytes long, in random order, locked. */
    List<PooledResponse> sealedToOtherLength(int length) {
        return getSession().createNativeQuery(
                """
                        SELECT * FROM response_pool WHERE octet_length(sealed) <> ?1 ORDER BY random() FOR UPDATE SKIP LOCKED""",
                PooledResponse.class).setParameter(1, length).getResultList();
    }

    /** True while migration V4's table of unsealed answers exists. */
    boolean unsealedLeft() {
        return getSession().createNativeQuery("SELECT to_regclass('response_pool_unsealed')::text", String.class)
                .getSingleResult() != null;
    }

    /** The answers pooled before sealing, in random order. */
    List<UnsealedRow> unsealedInRandomOrder() {
        return getSession().createNativeQuery("""
                SELECT pooled_on, survey_key, survey_version, definition_id, definition_version, care_team,
                       client_segment, nps, ces, statements::text, open_answer, removed::text
                FROM response_pool_unsealed ORDER BY random()""", Tuple.class).getResultList().stream()
                .map(row -> new UnsealedRow(day(row.get("pooled_on")), row.get("survey_key", String.class),
                        row.get("survey_version", Number.class).intValue(), row.get("definition_id", UUID.class),
                        row.get("definition_version", Number.class).intValue(), row.get("care_team", String.class),
                        row.get("client_segment", String.class), number(row.get("nps", Number.class)),
                        number(row.get("ces", Number.class)), row.get("statements", String.class),
                        row.get("open_answer", String.class), row.get("removed", String.class)))
                .toList();
    }

    /** Drops migration V4's table of unsealed answers once they are in the pool. */
    void dropUnsealed() {
        getEntityManager().createNativeQuery("DROP TABLE response_pool_unsealed").executeUpdate();
    }

    private static LocalDate day(Object value) {
        return value instanceof LocalDate day ? day : ((java.sql.Date) value).toLocalDate();
    }

    private static Integer number(Number value) {
        return value == null ? null : value.intValue();
    }
}
