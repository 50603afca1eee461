package fi.digipolku.messaging.thread;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;

import fi.digipolku.events.MessagingEvents;
import fi.digipolku.messaging.team.TeamService;
import fi.digipolku.messaging.team.TeamSettings;
import fi.digipolku.support.outbox.Outbox;

/** The breach job of the service promise: waiting threads past their due time become overdue and are escalated. */
@ApplicationScoped
public class PromiseBreachService {

    private final EntityManager em;
    private final TeamService teams;
    private final Outbox outbox;
    private final MeterRegistry meters;
    private final Clock clock;

    public PromiseBreachService(EntityManager em, TeamService teams, Outbox outbox, MeterRegistry meters,
            Clock clock) {
        this.em = em;
        this.teams = teams;
        this.outbox = outbox;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * Marks waiting threads past their due time as overdue, once each, moves them to the escalation team's inbox and
     * announces {@code promise.breached}. Threads another instance is handling are skipped, not waited for.
     *
     * @return how many threads became overdue
     */
    @Transactional
    public int breachDue(int batch) {
        Instant now = ThreadAccess.now(clock);
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery("""
                SELECT id FROM message_thread
                WHERE status = 'OPEN' AND overdue = false AND due_at IS NOT NULL AND due_at <= ?1
                ORDER BY due_at LIMIT ?2 FOR UPDATE SKIP LOCKED""", UUID.class).setParameter(1, now)
                .setParameter(2, batch).getResultList();
        int breached = 0;
        for (UUID id : due) {
            MessageThread thread = em.find(MessageThread.class, id);
            TeamSettings team = teams.settings(thread.careTeam);
            if (ThreadRules.breach(thread, now, team.escalationTeam())) {
                breached++;
                outbox.publish(MessagingEvents.PROMISE_BREACHED, thread.id.toString(),
                        new MessagingEvents.PromiseBreached(thread.id, thread.enrollmentId, thread.definitionId,
                                thread.careTeam, thread.clientSubject, thread.dueAt, thread.waitingSince,
                                thread.contactRequest, thread.inboxTeam.equals(thread.careTeam)
                                        ? null
                                        : thread.inboxTeam));
                meters.counter("digipolku_promise_breaches", "team", thread.careTeam).increment();
            }
        }
        em.flush();
        return breached;
    }
}
