package fi.digipolku.feedback.anonymisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

import io.quarkus.runtime.Startup;

/**
 * The service's one {@link Anonymiser}, made at start: without Voikko the service does not start, rather than store
 * feedback with names in it.
 */
@ApplicationScoped
public class AnonymiserProducer {

    @Produces
    @ApplicationScoped
    @Startup
    Anonymiser anonymiser() {
        return new Anonymiser();
    }

    void close(@Disposes Anonymiser anonymiser) {
        anonymiser.close();
    }
}
