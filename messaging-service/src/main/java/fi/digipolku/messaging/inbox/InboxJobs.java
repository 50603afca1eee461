package fi.digipolku.messaging.inbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import fi.digipolku.messaging.thread.PromiseBreachService;
import fi.digipolku.support.problem.OutageTolerant;

/**
 * The inbox's scheduled work: watching the service promise (waiting threads past their due time become overdue and are
 * escalated) and keeping the live alert streams open.
 */
@ApplicationScoped
public class InboxJobs {

    private static final Logger LOG = Logger.getLogger(InboxJobs.class);
    static final int BATCH = 200;

    private final PromiseBreachService breaches;
    private final AlertHub alerts;

    public InboxJobs(PromiseBreachService breaches, AlertHub alerts) {
        this.breaches = breaches;
        this.alerts = alerts;
    }

    @OutageTolerant
    @Scheduled(every = "${digipolku.messaging.promise-watch-interval:30s}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void watch() {
        int breached;
        do {
            breached = breaches.breachDue(BATCH);
            if (breached > 0) {
                LOG.infof("%d threads passed their promised reply time", breached);
            }
        } while (breached == BATCH);
    }

    /** A comment line now and then keeps proxies from closing an idle stream and reveals streams that are gone. */
    @Scheduled(every = "${digipolku.messaging.alert-heartbeat:5s}")
    void heartbeat() {
        alerts.heartbeat();
    }
}
