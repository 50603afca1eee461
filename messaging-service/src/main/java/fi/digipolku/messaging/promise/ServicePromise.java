package fi.digipolku.messaging.promise;

import java.time.Duration;
import java.util.Objects;

/**
 * How soon a care team promises to answer, e.g. "within 2 working days" or "within 4 working hours".
 *
 * <p>
 * Stated in working time so that a message sent on a Friday evening or before a holiday does not fall overdue while
 * nobody is at work.
 */
public record ServicePromise(int amount, PromiseUnit unit) {

    public ServicePromise {
        Objects.requireNonNull(unit, "unit");
        if (amount <= 0) {
            throw new IllegalArgumentException("a service promise needs a positive amount, got " + amount);
        }
    }

    /** The promise as working time, given the length of the team's working day. */
    public Duration workingDuration(WorkingHours hours) {
        return switch (unit) {
            case WORKING_HOURS -> Duration.ofHours(amount);
            case WORKING_DAYS -> hours.dayLength().multipliedBy(amount);
        };
    }
}
