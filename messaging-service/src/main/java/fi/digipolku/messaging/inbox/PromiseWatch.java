package fi.digipolku.messaging.inbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import fi.digipolku.messaging.thread.ThreadService;
import fi.digipolku.support.problem.OutageTolerant;

/** Watches the service promise: waiting threads past their due time become overdue and are escalated. */
@ApplicationScoped
public class PromiseWatch {

    private static final Logger LOG = Logger.getLogger(PromiseWatch.class);
    static final int BATCH = 200;

    private final ThreadService threads;

    public PromiseWatch(ThreadService threads) {
        this.threads = threads;
    }

    @OutageTolerant

    @Scheduled(every = "${digipolku.messaging.promise-watch-interval:30s}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void watch() {
        int breached;
        do {
            breached = threads.breachDue(BATCH);
            if (breached > 0) {
                LOG.infof("%d threads passed their promised reply time", breached);
            }
        } while (breached == BATCH);
    }
}
