package fi.digipolku.messaging.promise;

import static fi.digipolku.messaging.promise.WorkingTimeTest.HELSINKI;
import static fi.digipolku.messaging.promise.WorkingTimeTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private final FinnishCalendar calendar = FinnishCalendar.shared();
    private final OpeningHours nineToThree = new OpeningHours(WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(15, 0),
            HELSINKI);

    @Test
    void openDuringTheHoursOnItsDays() {
        assertThat(nineToThree.isOpen(at("2026-03-10T08:59:59"), calendar)).isFalse();
        assertThat(nineToThree.isOpen(at("2026-03-10T09:00"), calendar)).isTrue();
        assertThat(nineToThree.isOpen(at("2026-03-10T14:59:59"), calendar)).isTrue();
        assertThat(nineToThree.isOpen(at("2026-03-10T15:00"), calendar)).isFalse();
        assertThat(nineToThree.isOpen(at("2026-03-14T10:00"), calendar)).isFalse(); // Saturday
        assertThat(nineToThree.isOpen(at("2026-05-14T10:00"), calendar)).isFalse(); // Ascension Day
    }

    @Test
    void whenOpenTheNextOpeningIsNow() {
        assertThat(nineToThree.nextOpening(at("2026-03-10T10:30"), calendar)).isEqualTo(at("2026-03-10T10:30"));
    }

    @Test
    void nextOpeningBeforeOpeningTime() {
        assertThat(nineToThree.nextOpening(at("2026-03-10T07:00"), calendar)).isEqualTo(at("2026-03-10T09:00"));
    }

    @Test
    void nextOpeningAfterClosingTime() {
        assertThat(nineToThree.nextOpening(at("2026-03-10T15:00"), calendar)).isEqualTo(at("2026-03-11T09:00"));
        assertThat(nineToThree.nextOpening(at("2026-03-13T18:00"), calendar)).isEqualTo(at("2026-03-16T09:00")); // Fri
    }

    @Test
    void nextOpeningOnAWeekend() {
        assertThat(nineToThree.nextOpening(at("2026-03-14T12:00"), calendar)).isEqualTo(at("2026-03-16T09:00"));
    }

    @Test
    void nextOpeningOnAHoliday() {
        // Good Friday 3 Apr 2026; Easter Monday 6 Apr is closed too.
        assertThat(nineToThree.nextOpening(at("2026-04-03T10:00"), calendar)).isEqualTo(at("2026-04-07T09:00"));
        // Christmas Eve 2026 is a Thursday; Christmas Day Friday.
        assertThat(nineToThree.nextOpening(at("2026-12-24T10:00"), calendar)).isEqualTo(at("2026-12-28T09:00"));
        // Independence Day Monday 6 Dec 2027.
        assertThat(nineToThree.nextOpening(at("2027-12-04T10:00"), calendar)).isEqualTo(at("2027-12-07T09:00"));
    }

    @Test
    void aTeamOpenOnSaturdaysIsClosedOnSaturdayHolidays() {
        OpeningHours withSaturdays = new OpeningHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
                LocalTime.of(10, 0), LocalTime.of(14, 0), HELSINKI);
        assertThat(withSaturdays.isOpen(at("2026-03-14T11:00"), calendar)).isTrue();
        // Midsummer Eve Fri 19 Jun and Midsummer Day Sat 20 Jun 2026 closed, Sunday not a day of the team.
        assertThat(withSaturdays.isOpen(at("2026-06-20T11:00"), calendar)).isFalse();
        assertThat(withSaturdays.nextOpening(at("2026-06-18T15:00"), calendar)).isEqualTo(at("2026-06-22T10:00"));
        // All Saints' Day Sat 31 Oct 2026.
        assertThat(withSaturdays.nextOpening(at("2026-10-31T09:00"), calendar)).isEqualTo(at("2026-11-02T10:00"));
    }

    @Test
    void theDaysAreCopied() {
        Set<DayOfWeek> days = new HashSet<>(Set.of(DayOfWeek.MONDAY));
        OpeningHours mondays = new OpeningHours(days, LocalTime.of(9, 0), LocalTime.of(10, 0), HELSINKI);
        days.add(DayOfWeek.TUESDAY);
        assertThat(mondays.days()).containsExactly(DayOfWeek.MONDAY);
        assertThatThrownBy(() -> mondays.days().add(DayOfWeek.FRIDAY))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void invalidOpeningHoursAreRejected() {
        LocalTime nine = LocalTime.of(9, 0);
        LocalTime three = LocalTime.of(15, 0);
        assertThatThrownBy(() -> new OpeningHours(Set.of(), nine, three, HELSINKI))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OpeningHours(WEEKDAYS, nine, nine, HELSINKI))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OpeningHours(WEEKDAYS, three, nine, HELSINKI))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OpeningHours(null, nine, three, HELSINKI))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new OpeningHours(WEEKDAYS, nine, three, null))
                .isInstanceOf(NullPointerException.class);
    }
}
