package fi.digipolku.messaging.inbox;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * The inbox's reads over the thread tables ({@code message_thread}, {@code message}, {@code read_mark}, which the
 * thread feature owns and writes): page and count of an {@link InboxQuery}, and the unread counts. Read-only.
 */
@ApplicationScoped
public class InboxRepository {

    private final EntityManager em;

    public InboxRepository(EntityManager em) {
        this.em = em;
    }

    /** Unread counts over all the reader's team inboxes. */
    record UnreadCount(long threads, long messages) {
    }

    /** Unseen counts of one team inbox. */
    record TeamCount(String team, long threads, long messages) {
    }

    /** The thread ids of the query's page, in inbox order. */
    List<UUID> page(InboxQuery query) {
        return ids(query.pageSql(), query);
    }

    /** How many threads match the query, counting at most {@code cap}. */
    int count(InboxQuery query, int cap) {
        return ids(query.countSql(cap), query).size();
    }

    private List<UUID> ids(String sql, InboxQuery query) {
        NativeQuery<UUID> ids = session().createNativeQuery(sql, UUID.class);
        query.parameters().forEach(ids::setParameter);
        return ids.getResultList();
    }

    /** Client messages in the open threads of these team inboxes that this reader has not read. */
    UnreadCount unreadBy(String reader, Set<String> teams) {
        Tuple row = session().createNativeQuery("""
                SELECT count(DISTINCT t.id) AS threads, count(m.id) AS messages FROM message_thread t
                JOIN message m ON m.thread_id = t.id AND m.sender_role = 'client' AND m.sent_at > coalesce(
                    (SELECT r.read_up_to FROM read_mark r WHERE r.thread_id = t.id AND r.reader = :me), '-infinity')
                WHERE t.status = 'OPEN' AND t.inbox_team IN (:teams)""", Tuple.class).setParameter("me", reader)
                .setParameter("teams", teams).getSingleResult();
        return new UnreadCount(row.get("threads", Long.class), row.get("messages", Long.class));
    }

    /** Per team inbox, client messages in open threads that no one of the team has seen; teams without any left out. */
    List<TeamCount> unseenByTeam(Set<String> teams) {
        return session().createNativeQuery("""
                SELECT t.inbox_team AS team, count(DISTINCT t.id) AS threads, count(m.id) AS messages
                FROM message_thread t
                JOIN message m ON m.thread_id = t.id AND m.sender_role = 'client'
                    AND m.sent_at > coalesce(t.team_seen_up_to, '-infinity')
                WHERE t.status = 'OPEN' AND t.inbox_team IN (:teams)
                GROUP BY t.inbox_team""", Tuple.class).setParameter("teams", teams).getResultList().stream()
                .map(row -> new TeamCount(row.get("team", String.class), row.get("threads", Long.class),
                        row.get("messages", Long.class)))
                .toList();
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
