package fi.digipolku.metrics.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Report periods on the Helsinki calendar: days, weeks from Monday, calendar months. Days are taken from each event's
 * own time in Europe/Helsinki when it is stored, so a period boundary is local midnight, DST or not.
 */
public enum ReportPeriod {
    DAY, WEEK, MONTH;

    /** One period: its first and last day. */
    public record Span(LocalDate start, LocalDate end) {
    }

    public LocalDate startOf(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    public LocalDate endOf(LocalDate start) {
        return switch (this) {
            case DAY -> start;
            case WEEK -> start.plusDays(6);
            case MONTH -> start.with(TemporalAdjusters.lastDayOfMonth());
        };
    }

    /** The periods that touch [from, to], whole, in order. */
    public List<Span> spans(LocalDate from, LocalDate to) {
        List<Span> spans = new ArrayList<>();
        for (LocalDate start = startOf(from); !start.isAfter(to); start = endOf(start).plusDays(1)) {
            spans.add(new Span(start, endOf(start)));
        }
        return spans;
    }
}
