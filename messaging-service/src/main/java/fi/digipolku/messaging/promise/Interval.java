package fi.digipolku.messaging.promise;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A half-open span of time [start, end), made from a wall-clock window on one date.
 *
 * <p>
 * Local times that a daylight-saving change skips are moved forward by the length of the gap and repeated local times
 * take the earlier offset ({@link ZonedDateTime#of}), so the window is never inverted; it may be shorter or longer
 * than its nominal length on the day of a change.
 */
record Interval(Instant start, Instant end) {

    static Interval onDate(LocalDate date, LocalTime from, LocalTime to, ZoneId zone) {
        return new Interval(ZonedDateTime.of(date, from, zone).toInstant(),
                ZonedDateTime.of(date, to, zone).toInstant());
    }

    boolean isEmpty() {
        return !end.isAfter(start);
    }

    boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }

    /** The length of the part of this interval inside [from, to). */
    Duration overlap(Instant from, Instant to) {
        Instant s = start.isAfter(from) ? start : from;
        Instant e = end.isBefore(to) ? end : to;
        return e.isAfter(s) ? Duration.between(s, e) : Duration.ZERO;
    }
}
