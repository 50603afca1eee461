package fi.digipolku.metrics.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import io.cloudevents.CloudEvent;

import fi.digipolku.events.MessagingEvents;
import fi.digipolku.events.PathwayEvents;
import fi.digipolku.metrics.MetricsConfig;
import fi.digipolku.support.inbox.IncomingEvent;

/**
 * Stores an event as a fact (its data as it came, whatever its version) and keeps the pathway dimension current,
 * whatever order events arrive in. The data is read leniently ({@link FactData}): a fact is never refused for what it
 * lacks.
 */
@ApplicationScoped
public class FactService {

    private final FactRepository facts;
    private final AggregateService aggregates;
    private final FirstResponses firstResponses;
    private final MetricsConfig config;
    private final Clock clock;

    public FactService(FactRepository facts, AggregateService aggregates, FirstResponses firstResponses,
            MetricsConfig config, Clock clock) {
        this.facts = facts;
        this.aggregates = aggregates;
        this.firstResponses = firstResponses;
        this.config = config;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(IncomingEvent incoming) {
        CloudEvent event = incoming.envelope();
        JsonNode data = incoming.data();
        String type = incoming.type();
        Instant received = clock.instant();
        Instant occurred = event.getTime() == null ? received : event.getTime().toInstant();
        String definitionId = FactData.definitionId(data);
        LocalDate day = LocalDate.ofInstant(occurred, config.zone());
        boolean inserted = facts.insert(new FactRepository.NewFact(event.getId(), type,
                event.getSubject() == null ? "" : event.getSubject(), occurred, definitionId, data.toString(),
                Contributions.team(data), day, received));
        if (!inserted) {
            return;
        }
        aggregates.add(day, definitionId, Contributions.of(type, data));
        if (definitionId != null && incoming.is(PathwayEvents.DEFINITION_PUBLISHED)) {
            facts.publishPathway(definitionId, FactData.read(PathwayEvents.DEFINITION_PUBLISHED, data), occurred);
        } else if (definitionId != null && incoming.is(PathwayEvents.DEFINITION_RETIRED)) {
            facts.retirePathway(definitionId);
        } else if (incoming.is(MessagingEvents.THREAD_FIRST_RESPONSE)) {
            firstResponses.record(definitionId, Contributions.team(data),
                    FactData.read(MessagingEvents.THREAD_FIRST_RESPONSE, data).seconds());
        }
    }
}
