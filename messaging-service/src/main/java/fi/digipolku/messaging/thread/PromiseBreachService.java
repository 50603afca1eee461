package fi.digipolku.messaging.thread;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.MeterRegistry;

import fi.digipolku.events.MessagingEvents;
import fi.digipolku.messaging.team.TeamService;
import fi.digipolku.messaging.team.TeamSettings;
import fi.digipolku.support.outbox.Outbox;

/** The breach job of the service promise: waiting threads past their due time become overdue and are escalated. */
@ApplicationScoped
public class PromiseBreachService {

    private final ThreadRepository threads;
    private final TeamService teams;
    private final Outbox outbox;
    private final MeterRegistry meters;
    private final Clock clock;

    public PromiseBreachService(ThreadRepository threads, TeamService teams, Outbox outbox, MeterRegistry meters,
            Clock clock) {
        this.threads = threads;
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
        List<UUID> due = threads.dueForBreach(now, batch);
        int breached = 0;
        for (UUID id : due) {
            MessageThread thread = threads.findById(id);
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
        threads.flush();
        return breached;
    }
}
