package fi.digipolku.support.accesslog;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import fi.digipolku.support.http.Page;
import fi.digipolku.support.http.RequestIds;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.identity.OnBehalfAudit;

/**
 * The append-only access log (käyttöloki). Every read or change of a client's data by anyone but that client is
 * recorded; the database refuses updates and deletes of the table. The client can read their entries back.
 */
@ApplicationScoped
public class AccessLog implements OnBehalfAudit {

    /** The reason of every entry made by a person acting on behalf of the client under a mandate. */
    public static final String ON_BEHALF = "acting on behalf";

    private final EntityManager em;
    private final Clock clock;

    public AccessLog(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * A request made on behalf of another person is an access to that person's data by someone else: it is recorded
     * with both persons, whatever the service then does, and stays recorded if the request then fails.
     */
    @Override
    public void recordOnBehalf(Caller onBehalf, String action, String path) {
        QuarkusTransaction.requiringNew().run(() -> record(onBehalf, onBehalf.subject(), action, path, ON_BEHALF));
    }

    /**
     * Records an access unless the actor is the client themself.
     *
     * @param action what was done, e.g. {@code read} or {@code update}
     * @param resource what was touched, e.g. {@code enrollment/3f2c…}
     * @param reason why, e.g. {@code care-team follow-up}; an access on behalf of the client under a mandate is
     *        always recorded as {@link #ON_BEHALF}, naming the person acting
     * @return the entry, or null when nothing needed recording
     */
    @Transactional
    public AccessLogEntry record(Caller actor, String clientSubject, String action, String resource, String reason) {
        if (actor.actor().equals(clientSubject)) {
            return null;
        }
        AccessLogEntry entry = new AccessLogEntry(UUID.randomUUID(), clock.instant(), actor.actor(), actor.roles(),
                actor.teams(), clientSubject, action, resource, actor.representative() == null ? reason : ON_BEHALF,
                RequestIds.current());
        em.createNativeQuery("""
                INSERT INTO access_log (id, at, actor_subject, actor_roles, actor_teams, client_subject, action,
                                        resource, reason, request_id)
                VALUES (CAST(?1 AS uuid), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)""")
                .setParameter(1, entry.id().toString())
                .setParameter(2, Timestamp.from(entry.at()))
                .setParameter(3, entry.actorSubject())
                .setParameter(4, String.join(",", new TreeSet<>(entry.actorRoles())))
                .setParameter(5, String.join(",", new TreeSet<>(entry.actorTeams())))
                .setParameter(6, entry.clientSubject())
                .setParameter(7, entry.action())
                .setParameter(8, entry.resource())
                .setParameter(9, entry.reason())
                .setParameter(10, entry.requestId())
                .executeUpdate();
        return entry;
    }

    /** An access to one client's data: whose, and what was touched. */
    public record Access(String clientSubject, String resource) {
    }

    /**
     * Records, in one statement, an access to each of {@code accesses} with the same action and reason (a list that
     * shows many clients); accesses to the actor's own data are left out, as in {@link #record}.
     */
    @Transactional
    public void recordEach(Caller actor, List<Access> accesses, String action, String reason) {
        List<Access> others = accesses.stream().filter(a -> !actor.actor().equals(a.clientSubject())).toList();
        if (others.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                INSERT INTO access_log (id, at, actor_subject, actor_roles, actor_teams, client_subject, action,
                                        resource, reason, request_id)
                SELECT gen_random_uuid(), ?1, ?2, ?3, ?4, a.client_subject, ?5, a.resource, ?6, ?7
                FROM unnest(CAST(?8 AS text[]), CAST(?9 AS text[])) AS a (client_subject, resource)""")
                .setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, actor.actor())
                .setParameter(3, String.join(",", new TreeSet<>(actor.roles())))
                .setParameter(4, String.join(",", new TreeSet<>(actor.teams())))
                .setParameter(5, action)
                .setParameter(6, actor.representative() == null ? reason : ON_BEHALF)
                .setParameter(7, RequestIds.current())
                .setParameter(8, others.stream().map(Access::clientSubject).toArray(String[]::new))
                .setParameter(9, others.stream().map(Access::resource).toArray(String[]::new))
                .executeUpdate();
    }

    /** One page of the client's entries, newest first, with the number of all their entries. */
    public Page<AccessLogEntry> pageForClient(String clientSubject, int page, int size) {
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM access_log WHERE client_subject = ?1")
                .setParameter(1, clientSubject).getSingleResult()).longValue();
        return new Page<>(forClient(clientSubject, page, size), page, size, total);
    }

    /** The client's entries, newest first (latest {@code at}, then by id). */
    public List<AccessLogEntry> forClient(String clientSubject, int page, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT CAST(id AS text), at, actor_subject, actor_roles, actor_teams, client_subject, action, resource,
                       reason, request_id
                FROM access_log WHERE client_subject = ?1 ORDER BY at DESC, id LIMIT ?2 OFFSET ?3""")
                .setParameter(1, clientSubject)
                .setParameter(2, size)
                .setParameter(3, (long) page * size)
                .getResultList();
        return rows.stream().map(AccessLog::entry).toList();
    }

    private static AccessLogEntry entry(Object[] row) {
        return new AccessLogEntry(UUID.fromString((String) row[0]), toInstant(row[1]), (String) row[2],
                split((String) row[3]), split((String) row[4]), (String) row[5], (String) row[6], (String) row[7],
                (String) row[8], (String) row[9]);
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type");
    }

    private static Set<String> split(String joined) {
        if (joined == null || joined.isEmpty()) {
            return Set.of();
        }
        return new TreeSet<>(Arrays.asList(joined.split(",")));
    }
}
