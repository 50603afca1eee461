package fi.digipolku.pathway.content;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * When a measurement is due: every N days, or N times a week, from a day offset of the enrollment (day 0 is the
 * start) until an optional last day (else the end of the pathway).
 */
public record Schedule(@Min(1) @Max(365) Integer everyNDays, @Min(1) @Max(14) Integer timesPerWeek,
        @Min(0) int fromDay, @Min(0) Integer untilDay) {
}
