package fi.digipolku.feedback.request;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import fi.digipolku.feedback.FeedbackConfig;
import fi.digipolku.support.problem.OutageTolerant;

/** Closes expired requests and asks yearly pathways' clients on their anniversary. */
@ApplicationScoped
public class RequestJobs {

    private static final Logger LOG = Logger.getLogger(RequestJobs.class);

    private final RequestService requests;
    private final FeedbackConfig config;
    private final Clock clock;

    public RequestJobs(RequestService requests, FeedbackConfig config, Clock clock) {
        this.requests = requests;
        this.config = config;
        this.clock = clock;
    }

    @OutageTolerant

    @Scheduled(every = "${digipolku.feedback.job-interval:1h}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int expired = requests.expireDue();
        int asked = requests.askYearly(LocalDate.ofInstant(clock.instant(), config.zone()));
        if (expired > 0 || asked > 0) {
            LOG.infof("Feedback requests: %d expired, %d yearly requests made", expired, asked);
        }
    }
}
