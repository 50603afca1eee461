package fi.digipolku.messaging.promise;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Clock arithmetic in a care team's working time: which instants are working time, when the next working moment
 * comes, when a service promise falls due and how much working time has passed.
 *
 * <p>
 * Working time is the team's {@link WorkingHours} on the days that {@link FinnishCalendar} calls working days. Days are
 * reckoned in the wall-clock time of the hours' zone, so the hours hold on both sides of a daylight-saving change;
 * durations are real elapsed time within those windows, so {@link #between} and {@link #plus} are exact inverses of
 * each other. (In Finland the changes happen on Sunday nights, so a working day always has its nominal length.)
 *
 * <p>
 * All methods step a day at a time and never finer, so spans of several years are cheap. Immutable and thread-safe.
 */
public final class WorkingTime {

    /** No real calendar has this many non-working days in a row; a guard against looping forever. */
    private static final int MAX_DAYS_WITHOUT_WORK = 3660;

    private final FinnishCalendar calendar;
    private final WorkingHours hours;

    public WorkingTime(FinnishCalendar calendar, WorkingHours hours) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.hours = Objects.requireNonNull(hours, "hours");
    }

    public WorkingHours hours() {
        return hours;
    }

    /** True when the instant is inside the working hours of a working day. */
    public boolean isWorking(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        Interval window = window(localDate(instant));
        return window != null && window.contains(instant);
    }

    /** The instant itself if it is working time, otherwise the start of the next working day's hours. */
    public Instant nextWorkingMoment(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        LocalDate date = localDate(instant);
        for (int i = 0; i <= MAX_DAYS_WITHOUT_WORK; i++, date = date.plusDays(1)) {
            Interval window = window(date);
            if (window != null && instant.isBefore(window.end())) {
                return instant.isAfter(window.start()) ? instant : window.start();
            }
        }
        throw new IllegalStateException("no working time within " + MAX_DAYS_WITHOUT_WORK + " days of " + instant);
    }

    /**
     * The instant when {@code workingDuration} of working time has passed, counting from {@code start} or, outside
     * working time, from the next working moment. A result at the very end of a working day stays there (16:00), not at
     * the next morning.
     */
    public Instant plus(Instant start, Duration workingDuration) {
        Objects.requireNonNull(workingDuration, "workingDuration");
        if (workingDuration.isNegative()) {
            throw new IllegalArgumentException("working duration must not be negative: " + workingDuration);
        }
        Instant t = nextWorkingMoment(start);
        Duration remaining = workingDuration;
        while (true) {
            Interval window = window(localDate(t));
            Duration available = Duration.between(t, window.end());
            if (remaining.compareTo(available) <= 0) {
                return t.plus(remaining);
            }
            remaining = remaining.minus(available);
            t = nextWorkingMoment(window.end());
        }
    }

    /** When a message that arrived at {@code start} must be answered under {@code promise}. */
    public Instant dueAt(Instant start, ServicePromise promise) {
        Objects.requireNonNull(promise, "promise");
        return plus(start, promise.workingDuration(hours));
    }

    /** The working time inside [from, to); zero when {@code to} is not after {@code from}. */
    public Duration between(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = localDate(to);
        for (LocalDate date = localDate(from); !date.isAfter(last); date = date.plusDays(1)) {
            Interval window = window(date);
            if (window != null) {
                total = total.plus(window.overlap(from, to));
            }
        }
        return total;
    }

    /** The working hours of a date as instants, or null if the date has none. */
    private Interval window(LocalDate date) {
        if (!calendar.isWorkingDay(date)) {
            return null;
        }
        Interval window = Interval.onDate(date, hours.start(), hours.end(), hours.zone());
        return window.isEmpty() ? null : window;
    }

    private LocalDate localDate(Instant instant) {
        return instant.atZone(hours.zone()).toLocalDate();
    }
}
