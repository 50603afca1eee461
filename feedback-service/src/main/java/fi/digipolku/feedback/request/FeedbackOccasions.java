package fi.digipolku.feedback.request;

import java.time.LocalDate;

/** When a pathway asks for feedback: once at the end, or on every anniversary of the enrollment while it runs. */
public final class FeedbackOccasions {

    public static final String END = "end";

    private FeedbackOccasions() {
    }

    /**
     * The anniversary due on {@code today} or most recently passed, e.g. {@code year-2}; null before the first one. An
     * enrollment started on 29 February has its anniversary on 28 February in common years.
     */
    public static String yearly(LocalDate startedOn, LocalDate today) {
        if (startedOn == null || today.isBefore(startedOn)) {
            return null;
        }
        int years = today.getYear() - startedOn.getYear();
        if (startedOn.plusYears(years).isAfter(today)) {
            years--;
        }
        return years < 1 ? null : "year-" + years;
    }
}
