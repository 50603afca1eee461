package fi.digipolku.pathway.enrollment;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import fi.digipolku.support.problem.OutageTolerant;

/** Expires enrollments whose timeline has passed, in batches, every few minutes. */
@ApplicationScoped
public class EnrollmentJobs {

    private static final Logger LOG = Logger.getLogger(EnrollmentJobs.class);
    private static final int BATCH = 500;

    private final EnrollmentService service;

    public EnrollmentJobs(EnrollmentService service) {
        this.service = service;
    }

    @OutageTolerant

    @Scheduled(every = "${digipolku.pathway.expiry-interval:5m}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expire() {
        int expired;
        do {
            expired = service.expireDue(BATCH);
            if (expired > 0) {
                LOG.infof("Expired %d enrollments whose timeline had passed", expired);
            }
        } while (expired == BATCH);
    }
}
