package fi.digipolku.messaging.promise;

import static fi.digipolku.messaging.promise.WorkingTimeTest.HELSINKI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class ServicePromiseTest {

    private static final WorkingHours EIGHT_TO_FOUR = new WorkingHours(LocalTime.of(8, 0), LocalTime.of(16, 0),
            HELSINKI);

    @Test
    void aPromiseInWorkingDaysCountsTheTeamsDayLength() {
        assertThat(new ServicePromise(2, PromiseUnit.WORKING_DAYS).workingDuration(EIGHT_TO_FOUR))
                .isEqualTo(Duration.ofHours(16));
        WorkingHours shortDay = new WorkingHours(LocalTime.of(8, 0), LocalTime.of(15, 45), HELSINKI);
        assertThat(new ServicePromise(2, PromiseUnit.WORKING_DAYS).workingDuration(shortDay))
                .isEqualTo(Duration.ofMinutes(2 * 465));
        assertThat(new ServicePromise(4, PromiseUnit.WORKING_HOURS).workingDuration(EIGHT_TO_FOUR))
                .isEqualTo(Duration.ofHours(4));
    }

    @Test
    void aPromiseNeedsAPositiveAmountAndAUnit() {
        assertThatThrownBy(() -> new ServicePromise(0, PromiseUnit.WORKING_DAYS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServicePromise(-1, PromiseUnit.WORKING_HOURS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServicePromise(1, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void workingHoursMustEndAfterTheyStart() {
        assertThat(EIGHT_TO_FOUR.dayLength()).isEqualTo(Duration.ofHours(8));
        assertThatThrownBy(() -> new WorkingHours(LocalTime.of(8, 0), LocalTime.of(8, 0), HELSINKI))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkingHours(LocalTime.of(16, 0), LocalTime.of(8, 0), HELSINKI))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkingHours(null, LocalTime.of(16, 0), HELSINKI))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new WorkingHours(LocalTime.of(8, 0), LocalTime.of(16, 0), null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void workingTimeNeedsACalendarAndHours() {
        assertThatThrownBy(() -> new WorkingTime(null, EIGHT_TO_FOUR)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new WorkingTime(FinnishCalendar.shared(), null))
                .isInstanceOf(NullPointerException.class);
    }
}
