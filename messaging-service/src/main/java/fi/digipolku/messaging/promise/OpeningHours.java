package fi.digipolku.messaging.promise;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When a care team takes new contacts: the days of the week and the hours of the day, in the wall-clock time of
 * {@code zone}, from {@code opens} (inclusive) to {@code closes} (exclusive).
 *
 * <p>
 * Separate from {@link WorkingHours} because a team often takes contacts for a shorter time than it works (a phone
 * line open 9–12 while the team works 8–16). Holidays are always closed, even on days of the week the team is
 * otherwise open, so that nobody is told to expect an answer from an empty office.
 */
public record OpeningHours(Set<DayOfWeek> days, LocalTime opens, LocalTime closes, ZoneId zone) {

    /** Far more closed days in a row than any real opening hours have; a guard against looping forever. */
    private static final int MAX_DAYS_CLOSED = 3660;

    public OpeningHours {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        Objects.requireNonNull(zone, "zone");
        if (days.isEmpty()) {
            throw new IllegalArgumentException("opening hours need at least one day of the week");
        }
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("opening hours must close after they open: " + opens + "–" + closes);
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    /** True when the team takes contacts at this instant. */
    public boolean isOpen(Instant instant, FinnishCalendar calendar) {
        Objects.requireNonNull(instant, "instant");
        Interval window = window(instant.atZone(zone).toLocalDate(), calendar);
        return window != null && window.contains(instant);
    }

    /** The instant itself if the team is open then, otherwise when it next opens. */
    public Instant nextOpening(Instant instant, FinnishCalendar calendar) {
        Objects.requireNonNull(instant, "instant");
        LocalDate date = instant.atZone(zone).toLocalDate();
        for (int i = 0; i <= MAX_DAYS_CLOSED; i++, date = date.plusDays(1)) {
            Interval window = window(date, calendar);
            if (window != null && instant.isBefore(window.end())) {
                return instant.isAfter(window.start()) ? instant : window.start();
            }
        }
        throw new IllegalStateException("not open within " + MAX_DAYS_CLOSED + " days of " + instant);
    }

    private Interval window(LocalDate date, FinnishCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        if (!days.contains(date.getDayOfWeek()) || calendar.isHoliday(date)) {
            return null;
        }
        Interval window = Interval.onDate(date, opens, closes, zone);
        return window.isEmpty() ? null : window;
    }
}
