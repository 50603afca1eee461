package fi.digipolku.pathway.webhook;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import fi.digipolku.support.problem.OutageTolerant;

/** Works through the webhook delivery queue every few seconds ({@code digipolku.pathway.webhook-interval}). */
@ApplicationScoped
public class WebhookJobs {

    private static final Logger LOG = Logger.getLogger(WebhookJobs.class);

    private final WebhookService service;

    public WebhookJobs(WebhookService service) {
        this.service = service;
    }

    @OutageTolerant

    @Scheduled(every = "${digipolku.pathway.webhook-interval:10s}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        int delivered = service.deliverDue();
        if (delivered > 0) {
            LOG.debugf("Delivered %d webhook notifications", delivered);
        }
    }
}
