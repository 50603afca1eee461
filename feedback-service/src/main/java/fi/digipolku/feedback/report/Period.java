package fi.digipolku.feedback.report;

import java.time.LocalDate;

/**
 * The length of a report period, and the label of the period a day falls in. Ordered from the longest to the shortest.
 */
public enum Period {
    YEAR, QUARTER, MONTH;

    public String label(LocalDate day) {
        return switch (this) {
            case MONTH -> String.format("%d-%02d", day.getYear(), day.getMonthValue());
            case QUARTER -> day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(day.getYear());
        };
    }
}
