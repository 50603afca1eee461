package fi.digipolku.feedback.response;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import fi.digipolku.support.problem.OutageTolerant;

/** Releases the pooled answers that are due ({@code digipolku.feedback.pool.interval}). */
@ApplicationScoped
public class PoolJobs {

    private static final Logger LOG = Logger.getLogger(PoolJobs.class);

    private final ResponsePool pool;

    public PoolJobs(ResponsePool pool) {
        this.pool = pool;
    }

    @OutageTolerant

    @Scheduled(every = "${digipolku.feedback.pool.interval:15m}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int stored = pool.release();
        if (stored > 0) {
            pool.vacuum();
            LOG.infof("Feedback pool: %d responses stored", stored);
        }
    }
}
