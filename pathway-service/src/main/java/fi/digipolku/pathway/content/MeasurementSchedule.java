package fi.digipolku.pathway.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates on which a scheduled measurement is due for one enrollment, and which of them were missed. Day 0 is the
 * start of the enrollment; the last day of the pathway is day {@code durationDays - 1}.
 */
public final class MeasurementSchedule {

    /** The longest pathway, in days; it bounds how many dates a schedule yields. */
    public static final int MAX_DURATION_DAYS = 3650;

    private MeasurementSchedule() {
    }

    /**
     * The due dates in order, from {@code fromDay} to {@code untilDay} or the last day of the pathway, whichever is
     * earlier: every N days from {@code fromDay}, or k dates spread evenly over each 7-day block counted from
     * {@code fromDay} (block days {@code floor(i*7/k)}; above 7 a week some dates repeat, meaning twice that day).
     *
     * @throws IllegalArgumentException unless exactly one of everyNDays and timesPerWeek is given and positive,
     *         fromDay is not negative and durationDays is 1 to {@value #MAX_DURATION_DAYS}
     */
    public static List<LocalDate> dueDates(Schedule schedule, LocalDate start, int durationDays) {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(start, "start");
        Integer every = schedule.everyNDays();
        Integer perWeek = schedule.timesPerWeek();
        if ((every == null) == (perWeek == null)) {
            throw new IllegalArgumentException("a schedule needs exactly one of everyNDays and timesPerWeek");
        }
        if (every != null && every < 1 || perWeek != null && perWeek < 1) {
            throw new IllegalArgumentException("a schedule interval must be positive");
        }
        if (schedule.fromDay() < 0) {
            throw new IllegalArgumentException("fromDay must not be negative");
        }
        if (durationDays < 1 || durationDays > MAX_DURATION_DAYS) {
            throw new IllegalArgumentException("durationDays must be 1 to " + MAX_DURATION_DAYS);
        }
        int lastDay = durationDays - 1;
        if (schedule.untilDay() != null) {
            lastDay = Math.min(lastDay, schedule.untilDay());
        }
        List<LocalDate> dates = new ArrayList<>();
        if (every != null) {
            for (long day = schedule.fromDay(); day <= lastDay; day += every) {
                dates.add(start.plusDays(day));
            }
        } else {
            for (long blockStart = schedule.fromDay(); blockStart <= lastDay; blockStart += 7) {
                for (int i = 0; i < perWeek; i++) {
                    long day = blockStart + (long) i * 7 / perWeek;
                    if (day <= lastDay) {
                        dates.add(start.plusDays(day));
                    }
                }
            }
        }
        return List.copyOf(dates);
    }

    /**
     * The due dates not met and whose grace has ended before {@code today}, in order. A recording on a due date or up
     * to {@code graceDays} after it meets that date; each recording meets one due date only, the earliest it can.
     *
     * @throws IllegalArgumentException if graceDays is negative
     */
    public static List<LocalDate> missed(List<LocalDate> due, Collection<LocalDate> recordedDates, LocalDate today,
            int graceDays) {
        Objects.requireNonNull(today, "today");
        if (graceDays < 0) {
            throw new IllegalArgumentException("graceDays must not be negative");
        }
        List<LocalDate> dueSorted = due.stream().sorted().toList();
        List<LocalDate> recorded = recordedDates.stream().sorted().toList();
        List<LocalDate> missed = new ArrayList<>();
        int next = 0;
        for (LocalDate date : dueSorted) {
            while (next < recorded.size() && recorded.get(next).isBefore(date)) {
                next++;
            }
            LocalDate graceEnd = date.plusDays(graceDays);
            if (next < recorded.size() && !recorded.get(next).isAfter(graceEnd)) {
                next++;
            } else if (graceEnd.isBefore(today)) {
                missed.add(date);
            }
        }
        return List.copyOf(missed);
    }

    /** The first due date on or after {@code today}, if any. */
    public static Optional<LocalDate> nextDue(List<LocalDate> due, LocalDate today) {
        Objects.requireNonNull(today, "today");
        return due.stream().filter(date -> !date.isBefore(today)).min(Comparator.naturalOrder());
    }
}
