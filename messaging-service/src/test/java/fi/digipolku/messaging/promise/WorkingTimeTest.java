package fi.digipolku.messaging.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Random;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WorkingTimeTest {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    static final WorkingHours EIGHT_TO_FOUR = new WorkingHours(LocalTime.of(8, 0), LocalTime.of(16, 0), HELSINKI);

    private final WorkingTime time = new WorkingTime(FinnishCalendar.shared(), EIGHT_TO_FOUR);

    /** Helsinki wall-clock time as an instant. */
    static Instant at(String localDateTime) {
        return at(localDateTime, HELSINKI);
    }

    static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    private static ServicePromise days(int n) {
        return new ServicePromise(n, PromiseUnit.WORKING_DAYS);
    }

    private static ServicePromise hours(int n) {
        return new ServicePromise(n, PromiseUnit.WORKING_HOURS);
    }

    @Nested
    class IsWorkingAndNextWorkingMoment {

        @Test
        void workingHoursAreHalfOpen() {
            assertThat(time.isWorking(at("2026-03-10T07:59:59"))).isFalse();
            assertThat(time.isWorking(at("2026-03-10T08:00"))).isTrue();
            assertThat(time.isWorking(at("2026-03-10T15:59:59"))).isTrue();
            assertThat(time.isWorking(at("2026-03-10T16:00"))).isFalse();
        }

        @Test
        void weekendsAndHolidaysAreNotWorkingTime() {
            assertThat(time.isWorking(at("2026-03-14T10:00"))).isFalse(); // Saturday
            assertThat(time.isWorking(at("2026-04-03T10:00"))).isFalse(); // Good Friday
            assertThat(time.isWorking(at("2026-12-24T10:00"))).isFalse(); // Christmas Eve
        }

        @Test
        void aWorkingInstantIsItsOwnNextWorkingMoment() {
            assertThat(time.nextWorkingMoment(at("2026-03-10T10:17:03"))).isEqualTo(at("2026-03-10T10:17:03"));
            assertThat(time.nextWorkingMoment(at("2026-03-10T08:00"))).isEqualTo(at("2026-03-10T08:00"));
        }

        @Test
        void outsideWorkingTimeTheNextWorkingMomentIsTheNextMorning() {
            assertThat(time.nextWorkingMoment(at("2026-03-10T06:00"))).isEqualTo(at("2026-03-10T08:00"));
            assertThat(time.nextWorkingMoment(at("2026-03-10T16:00"))).isEqualTo(at("2026-03-11T08:00"));
            assertThat(time.nextWorkingMoment(at("2026-03-13T16:00"))).isEqualTo(at("2026-03-16T08:00")); // Fri
            assertThat(time.nextWorkingMoment(at("2026-12-24T09:00"))).isEqualTo(at("2026-12-28T08:00"));
        }
    }

    @Nested
    class Promises {

        @Test
        void twoWorkingDaysFromMondayMorningIsWednesdayAtTheSameTime() {
            assertThat(time.dueAt(at("2026-03-16T10:00"), days(2))).isEqualTo(at("2026-03-18T10:00"));
        }

        @Test
        void aPromiseEndingAtTheEndOfTheDayStaysAtTheEndOfTheDay() {
            assertThat(time.dueAt(at("2026-03-09T08:00"), days(1))).isEqualTo(at("2026-03-09T16:00"));
        }

        @Test
        void afterHoursOnFridayTheClockStartsOnMondayMorning() {
            // Monday 8-16 and Tuesday 8-16 make the two days.
            assertThat(time.dueAt(at("2026-03-13T17:00"), days(2))).isEqualTo(at("2026-03-17T16:00"));
        }

        @Test
        void weekendIsSkipped() {
            // Friday 14-16 (2 h) + Monday 8-14 (6 h).
            assertThat(time.dueAt(at("2026-03-06T14:00"), days(1))).isEqualTo(at("2026-03-09T14:00"));
        }

        @Test
        void workingHoursAcrossANight() {
            // Tuesday 15-16 (1 h) + Wednesday 8-10 (2 h).
            assertThat(time.dueAt(at("2026-03-10T15:00"), hours(3))).isEqualTo(at("2026-03-11T10:00"));
        }

        @Test
        void workingHoursAcrossAWeekend() {
            // Friday 15:30-16 (0.5 h) + Monday 8-11:30 (3.5 h).
            assertThat(time.dueAt(at("2026-03-13T15:30"), hours(4))).isEqualTo(at("2026-03-16T11:30"));
        }

        @Test
        void easterFromMaundyThursday() {
            // Thu 2 Apr 10-16 (6 h); Good Friday 3 Apr to Easter Monday 6 Apr off; Tue 7 Apr 8-16 (8 h); Wed 8 Apr 8-10.
            assertThat(time.dueAt(at("2026-04-02T10:00"), days(2))).isEqualTo(at("2026-04-08T10:00"));
        }

        @Test
        void ascensionDay() {
            // Wed 13 May 12-16 (4 h); Ascension Thu 14 May off; Fri 15 May 8-12.
            assertThat(time.dueAt(at("2026-05-13T12:00"), days(1))).isEqualTo(at("2026-05-15T12:00"));
        }

        @Test
        void midsummerEve() {
            // Thu 18 Jun 15-16 (1 h); Midsummer Eve Fri 19 Jun and the weekend off; Mon 22 Jun 8-11.
            assertThat(time.dueAt(at("2026-06-18T15:00"), hours(4))).isEqualTo(at("2026-06-22T11:00"));
            // 2027: Thu 24 Jun 14-16 (2 h); Midsummer Eve Fri 25 Jun off; Mon 28 Jun 8-14.
            assertThat(time.dueAt(at("2027-06-24T14:00"), days(1))).isEqualTo(at("2027-06-28T14:00"));
        }

        @Test
        void christmasEveChristmasAndStStephensDay() {
            // 2025: Tue 23 Dec 12-16 (4 h); Wed 24, Thu 25, Fri 26 and the weekend off; Mon 29 Dec 8-12.
            assertThat(time.dueAt(at("2025-12-23T12:00"), days(1))).isEqualTo(at("2025-12-29T12:00"));
        }

        @Test
        void independenceDay() {
            // Fri 3 Dec 2027 12-16 (4 h); weekend; Independence Day Mon 6 Dec off; Tue 7 Dec 8-12.
            assertThat(time.dueAt(at("2027-12-03T12:00"), days(1))).isEqualTo(at("2027-12-07T12:00"));
        }

        @Test
        void mayDayEpiphanyAndNewYear() {
            // Thu 30 Apr 2026 16:00 is after hours; May Day Fri 1 May off; Mon 4 May 8-10.
            assertThat(time.dueAt(at("2026-04-30T16:00"), hours(2))).isEqualTo(at("2026-05-04T10:00"));
            // Mon 5 Jan 2026 15-16 (1 h); Epiphany Tue 6 Jan off; Wed 7 Jan 8-9.
            assertThat(time.dueAt(at("2026-01-05T15:00"), hours(2))).isEqualTo(at("2026-01-07T09:00"));
            // Thu 31 Dec 2026 15-16 (1 h); New Year Fri 1 Jan 2027 and the weekend off; Mon 4 Jan 8-9.
            assertThat(time.dueAt(at("2026-12-31T15:00"), hours(2))).isEqualTo(at("2027-01-04T09:00"));
        }

        @Test
        void aPromiseAcrossChristmasAndNewYear() {
            // Wed 23 Dec 2026 14-16 (2 h); 24-27 Dec off; Mon 28 (10 h); Tue 29 (18 h); Wed 30 8-14 (24 h).
            assertThat(time.dueAt(at("2026-12-23T14:00"), days(3))).isEqualTo(at("2026-12-30T14:00"));
            // ... Wed 30 (26 h); Thu 31 (34 h); New Year and the weekend off; Mon 4 Jan (42 h); Tue 5 Jan (50 h);
            // Epiphany Wed 6 Jan off; Thu 7 Jan 8-14 (56 h).
            assertThat(time.dueAt(at("2026-12-23T14:00"), days(7))).isEqualTo(at("2027-01-07T14:00"));
        }

        @Test
        void startBeforeWorkingHours() {
            assertThat(time.dueAt(at("2026-03-10T06:00"), hours(2))).isEqualTo(at("2026-03-10T10:00"));
        }

        @Test
        void startAfterWorkingHours() {
            assertThat(time.dueAt(at("2026-03-10T17:00"), hours(2))).isEqualTo(at("2026-03-11T10:00"));
            assertThat(time.dueAt(at("2026-03-10T16:00"), hours(2))).isEqualTo(at("2026-03-11T10:00"));
        }

        @Test
        void startOnASaturday() {
            assertThat(time.dueAt(at("2026-03-14T12:00"), hours(2))).isEqualTo(at("2026-03-16T10:00"));
        }

        @Test
        void startOnAHoliday() {
            // Good Friday; Easter Monday is off too, so the clock starts on Tuesday.
            assertThat(time.dueAt(at("2026-04-03T09:00"), hours(2))).isEqualTo(at("2026-04-07T10:00"));
        }

        @Test
        void aWorkingDayIsAsLongAsTheTeamsDay() {
            WorkingTime shortDays = new WorkingTime(FinnishCalendar.shared(),
                    new WorkingHours(LocalTime.of(8, 0), LocalTime.of(15, 45), HELSINKI));
            // Mon 10-15:45 (5 h 45 min) + Tue (7 h 45 min) + Wed 8-10 (2 h) = 2 × 7 h 45 min.
            assertThat(shortDays.dueAt(at("2026-03-16T10:00"), days(2))).isEqualTo(at("2026-03-18T10:00"));
        }

        @Test
        void addingNothingGivesTheNextWorkingMoment() {
            assertThat(time.plus(at("2026-03-14T12:00"), Duration.ZERO)).isEqualTo(at("2026-03-16T08:00"));
            assertThat(time.plus(at("2026-03-10T12:00"), Duration.ZERO)).isEqualTo(at("2026-03-10T12:00"));
        }

        @Test
        void aNegativeDurationIsRejected() {
            assertThatThrownBy(() -> time.plus(at("2026-03-10T12:00"), Duration.ofMinutes(-1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class DaylightSaving {

        @Test
        void springForwardWeekend() {
            // Clocks go from 03:00 to 04:00 on Sunday 29 Mar 2026 (+02:00 to +03:00).
            Instant start = at("2026-03-27T14:00");
            assertThat(start).isEqualTo(Instant.parse("2026-03-27T12:00:00Z"));
            Instant due = time.dueAt(start, hours(4));
            assertThat(due).isEqualTo(at("2026-03-30T10:00")).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
            assertThat(time.dueAt(at("2026-03-27T10:00"), days(1))).isEqualTo(at("2026-03-30T10:00"));
            assertThat(time.between(start, due)).isEqualTo(Duration.ofHours(4));
            assertThat(time.between(at("2026-03-27T08:00"), at("2026-03-30T16:00"))).isEqualTo(Duration.ofHours(16));
        }

        @Test
        void fallBackWeekend() {
            // Clocks go from 04:00 back to 03:00 on Sunday 25 Oct 2026 (+03:00 to +02:00).
            Instant start = at("2026-10-23T12:00");
            assertThat(start).isEqualTo(Instant.parse("2026-10-23T09:00:00Z"));
            Instant due = time.dueAt(start, days(1));
            assertThat(due).isEqualTo(at("2026-10-26T12:00")).isEqualTo(Instant.parse("2026-10-26T10:00:00Z"));
            assertThat(time.between(start, due)).isEqualTo(Duration.ofHours(8));
            assertThat(time.between(at("2026-10-23T08:00"), at("2026-10-26T16:00"))).isEqualTo(Duration.ofHours(16));
        }

        @Test
        void almostRoundTheClockHoursAcrossBothChanges() {
            WorkingTime longDays = new WorkingTime(FinnishCalendar.shared(),
                    new WorkingHours(LocalTime.MIDNIGHT, LocalTime.of(23, 59), HELSINKI));
            Duration day = Duration.ofHours(23).plusMinutes(59);
            assertThat(longDays.between(at("2026-03-27T00:00"), at("2026-03-31T00:00"))).isEqualTo(day.multipliedBy(2));
            assertThat(longDays.between(at("2026-10-23T00:00"), at("2026-10-27T00:00"))).isEqualTo(day.multipliedBy(2));
            // Friday 23:00-23:59 (59 min), then Monday from midnight.
            assertThat(longDays.plus(at("2026-03-27T23:00"), Duration.ofHours(2))).isEqualTo(at("2026-03-30T01:01"));
            assertThat(longDays.plus(at("2026-10-23T23:00"), Duration.ofHours(2))).isEqualTo(at("2026-10-26T01:01"));
        }

        @Test
        void aChangeInsideWorkingHoursIsCountedInRealTime() {
            // Israel moves its clocks on Friday 27 Mar 2026 from 02:00 to 03:00, a Finnish working day.
            ZoneId jerusalem = ZoneId.of("Asia/Jerusalem");
            WorkingTime longDays = new WorkingTime(FinnishCalendar.shared(),
                    new WorkingHours(LocalTime.MIDNIGHT, LocalTime.of(23, 59), jerusalem));
            assertThat(longDays.between(at("2026-03-27T00:00", jerusalem), at("2026-03-28T00:00", jerusalem)))
                    .isEqualTo(Duration.ofHours(22).plusMinutes(59));
            assertThat(longDays.plus(at("2026-03-27T01:00", jerusalem), Duration.ofHours(2)))
                    .isEqualTo(at("2026-03-27T04:00", jerusalem));
            assertThat(longDays.isWorking(at("2026-03-27T03:30", jerusalem))).isTrue();
        }
    }

    @Nested
    class Between {

        @Test
        void zeroWhenToIsNotAfterFrom() {
            assertThat(time.between(at("2026-03-10T10:00"), at("2026-03-10T10:00"))).isZero();
            assertThat(time.between(at("2026-03-10T12:00"), at("2026-03-10T10:00"))).isZero();
            assertThat(time.between(at("2026-03-20T12:00"), at("2026-03-10T10:00"))).isZero();
        }

        @Test
        void withinOneDay() {
            assertThat(time.between(at("2026-03-10T09:00"), at("2026-03-10T11:30"))).isEqualTo(Duration.ofMinutes(150));
            assertThat(time.between(at("2026-03-10T06:00"), at("2026-03-10T20:00"))).isEqualTo(Duration.ofHours(8));
        }

        @Test
        void outsideWorkingTimeNothingPasses() {
            assertThat(time.between(at("2026-03-10T16:00"), at("2026-03-11T08:00"))).isZero();
            assertThat(time.between(at("2026-04-02T16:00"), at("2026-04-07T08:00"))).isZero(); // Easter
        }

        @Test
        void acrossAWeekend() {
            assertThat(time.between(at("2026-03-13T15:00"), at("2026-03-16T09:00"))).isEqualTo(Duration.ofHours(2));
        }

        @Test
        void wholeYears() {
            // 252 working days in 2026; 251 in 2025 and 253 in 2027.
            assertThat(time.between(at("2026-01-01T00:00"), at("2027-01-01T00:00")))
                    .isEqualTo(Duration.ofHours(252 * 8));
            assertThat(time.between(at("2025-01-01T00:00"), at("2028-01-01T00:00")))
                    .isEqualTo(Duration.ofHours((251 + 252 + 253) * 8));
        }

        @Test
        void agreesWithCountingMinuteByMinute() {
            Random random = new Random(7);
            Instant base = at("2025-01-01T00:00");
            for (int i = 0; i < 60; i++) {
                Instant from = base.plus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
                Instant to = from.plus(Duration.ofMinutes(random.nextInt(10 * 24 * 60)));
                long minutes = 0;
                for (Instant t = from; t.isBefore(to); t = t.plusSeconds(60)) {
                    if (time.isWorking(t)) {
                        minutes++;
                    }
                }
                assertThat(time.between(from, to)).as("from %s to %s", from, to).isEqualTo(Duration.ofMinutes(minutes));
            }
        }

        @Test
        void isAdditive() {
            Random random = new Random(11);
            Instant base = at("2025-01-01T00:00");
            for (int i = 0; i < 500; i++) {
                Instant a = base.plusSeconds(random.nextInt(3 * 365 * 24 * 3600));
                Instant b = a.plusSeconds(random.nextInt(60 * 24 * 3600));
                Instant c = b.plusSeconds(random.nextInt(60 * 24 * 3600));
                assertThat(time.between(a, c)).isEqualTo(time.between(a, b).plus(time.between(b, c)));
            }
        }

        @Test
        void measuresExactlyWhatPlusAdded() {
            Random random = new Random(20260101L);
            Instant base = at("2025-01-01T00:00");
            for (int i = 0; i < 3000; i++) {
                Instant start = base.plusSeconds(random.nextInt(3 * 365 * 24 * 3600));
                Duration added = Duration.ofSeconds(random.nextInt(40 * 8 * 3600)); // up to 40 working days
                Instant end = time.plus(start, added);
                assertThat(time.between(start, end)).as("%s plus %s", start, added).isEqualTo(added);
                assertThat(end).isAfterOrEqualTo(start);
                // The result is inside working time, or at the very end of a working day.
                assertThat(time.isWorking(end) || time.isWorking(end.minusNanos(1))).as("%s", end).isTrue();
            }
        }
    }
}
