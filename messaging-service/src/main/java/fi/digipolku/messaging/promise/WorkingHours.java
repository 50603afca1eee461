package fi.digipolku.messaging.promise;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The daily working time of a care team: from {@code start} (inclusive) to {@code end} (exclusive) on each working
 * day, in the wall-clock time of {@code zone}.
 *
 * <p>
 * Kept in local time because that is how a team states its hours ("8 to 16"): the same hours hold on both sides of a
 * daylight-saving change.
 */
public record WorkingHours(LocalTime start, LocalTime end, ZoneId zone) {

    public WorkingHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("working hours must end after they start: " + start + "–" + end);
        }
    }

    /** The nominal length of one working day, which is what a promise of "one working day" means. */
    public Duration dayLength() {
        return Duration.between(start, end);
    }
}
