package fi.digipolku.support.time;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The one source of time: code injects {@link Clock} and never calls {@code Instant.now()} or {@code LocalDate.now()}.
 * Production runs on the system clock in UTC; days are turned into Europe/Helsinki calendar days where a rule needs
 * them. Service tests replace it with a clock they set (the test-jar's {@code TestClock}).
 */
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
