package fi.digipolku.metrics.prometheus;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

import fi.digipolku.support.problem.OutageTolerant;

/** Reads the domain gauges again from the database, every {@code digipolku.metrics.gauge-refresh} (30 s). */
@ApplicationScoped
public class GaugeJobs {

    private final DomainGauges gauges;

    public GaugeJobs(DomainGauges gauges) {
        this.gauges = gauges;
    }

    @OutageTolerant
    @Scheduled(every = "${digipolku.metrics.gauge-refresh:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        gauges.refresh();
    }
}
