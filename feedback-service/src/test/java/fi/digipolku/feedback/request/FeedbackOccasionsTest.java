package fi.digipolku.feedback.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FeedbackOccasionsTest {

    @Test
    void theFirstAnniversaryIsTheFirstOccasion() {
        LocalDate started = LocalDate.of(2025, 3, 10);
        assertThat(FeedbackOccasions.yearly(started, LocalDate.of(2026, 3, 9))).isNull();
        assertThat(FeedbackOccasions.yearly(started, LocalDate.of(2026, 3, 10))).isEqualTo("year-1");
        assertThat(FeedbackOccasions.yearly(started, LocalDate.of(2027, 3, 9))).isEqualTo("year-1");
        assertThat(FeedbackOccasions.yearly(started, LocalDate.of(2027, 3, 10))).isEqualTo("year-2");
    }

    @Test
    void aLeapDayStartHasItsAnniversaryOnTheLastDayOfFebruary() {
        LocalDate started = LocalDate.of(2024, 2, 29);
        assertThat(FeedbackOccasions.yearly(started, LocalDate.of(2025, 2, 27))).isNull();
        assertThat(FeedbackOccasions.yearly(started, LocalDate.of(2025, 2, 28))).isEqualTo("year-1");
        assertThat(FeedbackOccasions.yearly(started, LocalDate.of(2028, 2, 29))).isEqualTo("year-4");
    }

    @Test
    void noStartOrAStartInTheFutureHasNoOccasion() {
        assertThat(FeedbackOccasions.yearly(null, LocalDate.of(2026, 1, 1))).isNull();
        assertThat(FeedbackOccasions.yearly(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1))).isNull();
    }
}
