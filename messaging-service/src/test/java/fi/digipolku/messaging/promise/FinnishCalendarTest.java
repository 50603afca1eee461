package fi.digipolku.messaging.promise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class FinnishCalendarTest {

    private final FinnishCalendar calendar = FinnishCalendar.shared();

    /** Every day of the year, Monday to Friday, on which nobody works. */
    private List<LocalDate> weekdayHolidays(int year) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && !calendar.isWorkingDay(d)) {
                days.add(d);
            }
        }
        return days;
    }

    @Test
    void weekdayHolidaysOf2025() {
        assertThat(weekdayHolidays(2025)).containsExactly(
                LocalDate.of(2025, 1, 1), // New Year, Wed
                LocalDate.of(2025, 1, 6), // Epiphany, Mon
                LocalDate.of(2025, 4, 18), // Good Friday
                LocalDate.of(2025, 4, 21), // Easter Monday
                LocalDate.of(2025, 5, 1), // May Day, Thu
                LocalDate.of(2025, 5, 29), // Ascension Day, Thu
                LocalDate.of(2025, 6, 20), // Midsummer Eve, Fri
                LocalDate.of(2025, 12, 24), // Christmas Eve, Wed
                LocalDate.of(2025, 12, 25), // Christmas Day, Thu
                LocalDate.of(2025, 12, 26)); // St Stephen's Day, Fri
    }

    @Test
    void weekdayHolidaysOf2026() {
        assertThat(weekdayHolidays(2026)).containsExactly(
                LocalDate.of(2026, 1, 1), // New Year, Thu
                LocalDate.of(2026, 1, 6), // Epiphany, Tue
                LocalDate.of(2026, 4, 3), // Good Friday
                LocalDate.of(2026, 4, 6), // Easter Monday
                LocalDate.of(2026, 5, 1), // May Day, Fri
                LocalDate.of(2026, 5, 14), // Ascension Day, Thu
                LocalDate.of(2026, 6, 19), // Midsummer Eve, Fri
                LocalDate.of(2026, 12, 24), // Christmas Eve, Thu
                LocalDate.of(2026, 12, 25)); // Christmas Day, Fri (St Stephen's is a Saturday)
    }

    @Test
    void weekdayHolidaysOf2027() {
        assertThat(weekdayHolidays(2027)).containsExactly(
                LocalDate.of(2027, 1, 1), // New Year, Fri
                LocalDate.of(2027, 1, 6), // Epiphany, Wed
                LocalDate.of(2027, 3, 26), // Good Friday
                LocalDate.of(2027, 3, 29), // Easter Monday
                LocalDate.of(2027, 5, 6), // Ascension Day, Thu (May Day is a Saturday)
                LocalDate.of(2027, 6, 25), // Midsummer Eve, Fri
                LocalDate.of(2027, 12, 6), // Independence Day, Mon
                LocalDate.of(2027, 12, 24)); // Christmas Eve, Fri (Christmas and St Stephen's on the weekend)
    }

    @Test
    void allHolidaysOf2026IncludingThoseOnWeekends() {
        assertThat(calendar.holidays(2026)).containsExactlyInAnyOrder(
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 6),
                LocalDate.of(2026, 4, 3),
                LocalDate.of(2026, 4, 5), // Easter Sunday
                LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 14),
                LocalDate.of(2026, 5, 24), // Whit Sunday: a Sunday anyway
                LocalDate.of(2026, 6, 19),
                LocalDate.of(2026, 6, 20), // Midsummer Day, Sat
                LocalDate.of(2026, 10, 31), // All Saints' Day, Sat
                LocalDate.of(2026, 12, 6), // Independence Day, Sun
                LocalDate.of(2026, 12, 24),
                LocalDate.of(2026, 12, 25),
                LocalDate.of(2026, 12, 26)); // St Stephen's Day, Sat
    }

    @Test
    void weekendsAreNeverWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 14))).isFalse(); // Sat
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 15))).isFalse(); // Sun
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 13))).isTrue(); // Fri
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 16))).isTrue(); // Mon
    }

    @Test
    void weekendHolidaysAreHolidaysButWeekdaysAroundThemAreWorkingDays() {
        assertThat(calendar.isHoliday(LocalDate.of(2026, 6, 20))).isTrue(); // Midsummer Day
        assertThat(calendar.isHoliday(LocalDate.of(2026, 10, 31))).isTrue(); // All Saints' Day
        assertThat(calendar.isHoliday(LocalDate.of(2026, 10, 30))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 30))).isTrue();
        assertThat(calendar.isHoliday(LocalDate.of(2026, 3, 14))).isFalse(); // an ordinary Saturday
    }

    @Test
    void midsummerEveIsTheFridayBetweenTheNineteenthAndTwentyFifthOfJune() {
        assertThat(FinnishCalendar.midsummerEve(2025)).isEqualTo(LocalDate.of(2025, 6, 20));
        assertThat(FinnishCalendar.midsummerEve(2026)).isEqualTo(LocalDate.of(2026, 6, 19));
        assertThat(FinnishCalendar.midsummerEve(2027)).isEqualTo(LocalDate.of(2027, 6, 25));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 6, 24))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 6, 25))).isFalse();
    }

    @Test
    void separateInstancesAgree() {
        FinnishCalendar other = new FinnishCalendar();
        assertThat(other.holidays(2027)).isEqualTo(calendar.holidays(2027));
    }

    @Test
    void concurrentLookupsGiveTheSameAnswer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            FinnishCalendar fresh = new FinnishCalendar();
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                results.add(pool.submit(() -> weekdayCount(fresh, 2030)));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(weekdayCount(calendar, 2030));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int weekdayCount(FinnishCalendar c, int year) {
        int n = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (c.isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
