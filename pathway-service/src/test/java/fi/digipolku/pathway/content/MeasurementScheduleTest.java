package fi.digipolku.pathway.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class MeasurementScheduleTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 3);

    private static List<Integer> days(List<LocalDate> dates) {
        return dates.stream().map(date -> (int) (date.toEpochDay() - START.toEpochDay())).toList();
    }

    private static LocalDate day(int n) {
        return START.plusDays(n);
    }

    private static Schedule every(int n, int from, Integer until) {
        return new Schedule(n, null, from, until);
    }

    private static Schedule perWeek(int k, int from, Integer until) {
        return new Schedule(null, k, from, until);
    }

    @Test
    void everyNDaysRunsFromTheFirstDayToTheEndOfThePathway() {
        assertThat(days(MeasurementSchedule.dueDates(every(7, 0, null), START, 30))).containsExactly(0, 7, 14, 21, 28);
    }

    @Test
    void dailyIncludesTheFirstAndLastDayOfThePathway() {
        assertThat(days(MeasurementSchedule.dueDates(every(1, 0, null), START, 5))).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void everyNDaysCountsFromTheFromDay() {
        assertThat(days(MeasurementSchedule.dueDates(every(3, 2, null), START, 12))).containsExactly(2, 5, 8, 11);
    }

    @Test
    void theUntilDayIsInclusive() {
        assertThat(days(MeasurementSchedule.dueDates(every(7, 0, 14), START, 90))).containsExactly(0, 7, 14);
    }

    @Test
    void anUntilDayBeyondThePathwayStopsAtItsLastDay() {
        assertThat(days(MeasurementSchedule.dueDates(every(10, 0, 400), START, 30))).containsExactly(0, 10, 20);
    }

    @Test
    void aWindowStartingAfterItsEndHasNoDates() {
        assertThat(MeasurementSchedule.dueDates(every(1, 10, 5), START, 30)).isEmpty();
        assertThat(MeasurementSchedule.dueDates(every(1, 30, null), START, 30)).isEmpty();
    }

    @Test
    void threeTimesAWeekIsSpreadEvenlyOverEachWeek() {
        assertThat(days(MeasurementSchedule.dueDates(perWeek(3, 0, null), START, 14)))
                .containsExactly(0, 2, 4, 7, 9, 11);
    }

    @Test
    void weeksAreCountedFromTheFromDay() {
        assertThat(days(MeasurementSchedule.dueDates(perWeek(2, 3, null), START, 17))).containsExactly(3, 6, 10, 13);
    }

    @Test
    void timesPerWeekIsClippedToTheWindow() {
        assertThat(days(MeasurementSchedule.dueDates(perWeek(3, 0, null), START, 10))).containsExactly(0, 2, 4, 7, 9);
        assertThat(days(MeasurementSchedule.dueDates(perWeek(3, 0, 8), START, 90))).containsExactly(0, 2, 4, 7);
    }

    @Test
    void onceAndSevenTimesAWeek() {
        assertThat(days(MeasurementSchedule.dueDates(perWeek(1, 0, null), START, 21))).containsExactly(0, 7, 14);
        assertThat(days(MeasurementSchedule.dueDates(perWeek(7, 0, null), START, 9)))
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void moreThanSevenTimesAWeekRepeatsSomeDays() {
        assertThat(days(MeasurementSchedule.dueDates(perWeek(14, 0, null), START, 7)))
                .containsExactly(0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6);
        assertThat(days(MeasurementSchedule.dueDates(perWeek(10, 0, null), START, 7)))
                .containsExactly(0, 0, 1, 2, 2, 3, 4, 4, 5, 6);
    }

    @Test
    void datesRunAcrossMonthEndsAndLeapDays() {
        assertThat(MeasurementSchedule.dueDates(every(1, 0, null), LocalDate.of(2024, 1, 31), 31).subList(28, 31))
                .containsExactly(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 1));
        assertThat(MeasurementSchedule.dueDates(every(30, 0, null), LocalDate.of(2025, 12, 31), 61))
                .containsExactly(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 30), LocalDate.of(2026, 3, 1));
    }

    @Test
    void theLongestDailyPathwayHasOneDatePerDay() {
        List<LocalDate> dates = MeasurementSchedule.dueDates(every(1, 0, null), START, 3650);

        assertThat(dates).hasSize(3650).isSorted().doesNotHaveDuplicates();
        assertThat(dates.get(3649)).isEqualTo(day(3649));
    }

    @Test
    void theDatesCannotBeChanged() {
        assertThat(MeasurementSchedule.dueDates(every(1, 0, null), START, 3)).isUnmodifiable();
    }

    @Test
    void aScheduleNeedsExactlyOneRhythm() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MeasurementSchedule.dueDates(new Schedule(2, 3, 0, null), START, 30));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MeasurementSchedule.dueDates(new Schedule(null, null, 0, null), START, 30));
    }

    @Test
    void nonPositiveRhythmsNegativeFromDayAndOutOfBoundDurationsAreRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MeasurementSchedule.dueDates(every(0, 0, null), START, 30));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MeasurementSchedule.dueDates(perWeek(0, 0, null), START, 30));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MeasurementSchedule.dueDates(every(1, -1, null), START, 30));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MeasurementSchedule.dueDates(every(1, 0, null), START, 0));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MeasurementSchedule.dueDates(every(1, 0, null), START, 3651));
    }

    @Test
    void aDueDateIsMetByARecordingThatDay() {
        List<LocalDate> due = List.of(day(0), day(7));

        assertThat(MeasurementSchedule.missed(due, List.of(day(0), day(7)), day(30), 0)).isEmpty();
    }

    @Test
    void aDueDateWithoutRecordingIsMissedOnlyAfterItsGraceEnds() {
        List<LocalDate> due = List.of(day(7));

        assertThat(MeasurementSchedule.missed(due, List.of(), day(9), 2)).isEmpty();
        assertThat(MeasurementSchedule.missed(due, List.of(), day(10), 2)).containsExactly(day(7));
        assertThat(MeasurementSchedule.missed(due, List.of(), day(7), 0)).isEmpty();
        assertThat(MeasurementSchedule.missed(due, List.of(), day(8), 0)).containsExactly(day(7));
    }

    @Test
    void aRecordingWithinTheGraceMeetsTheDueDate() {
        List<LocalDate> due = List.of(day(7));

        assertThat(MeasurementSchedule.missed(due, List.of(day(9)), day(20), 2)).isEmpty();
        assertThat(MeasurementSchedule.missed(due, List.of(day(10)), day(20), 2)).containsExactly(day(7));
    }

    @Test
    void aRecordingBeforeTheDueDateDoesNotMeetIt() {
        assertThat(MeasurementSchedule.missed(List.of(day(7)), List.of(day(6)), day(20), 3)).containsExactly(day(7));
    }

    @Test
    void oneRecordingMeetsOnlyOneDueDateTheEarliest() {
        List<LocalDate> due = List.of(day(0), day(2));

        assertThat(MeasurementSchedule.missed(due, List.of(day(2)), day(10), 3)).containsExactly(day(2));
        assertThat(MeasurementSchedule.missed(due, List.of(day(2), day(3)), day(10), 3)).isEmpty();
    }

    @Test
    void earlierRecordingsAreUsedFirstSoLaterOnesCanMeetLaterDates() {
        List<LocalDate> due = List.of(day(0), day(1), day(2));

        assertThat(MeasurementSchedule.missed(due, List.of(day(4), day(2), day(1)), day(10), 2)).isEmpty();
        assertThat(MeasurementSchedule.missed(due, List.of(day(1), day(2)), day(10), 2)).containsExactly(day(2));
    }

    @Test
    void aSetOfRecordedDatesMeetsRepeatedDueDatesOnce() {
        List<LocalDate> twiceADay = List.of(day(0), day(0), day(1), day(1));

        assertThat(MeasurementSchedule.missed(twiceADay, Set.of(day(0), day(1)), day(5), 0)).containsExactly(day(0),
                day(1));
        assertThat(MeasurementSchedule.missed(twiceADay, List.of(day(0), day(0), day(1), day(1)), day(5), 0))
                .isEmpty();
    }

    @Test
    void futureAndCurrentDueDatesAreNeverMissed() {
        List<LocalDate> due = MeasurementSchedule.dueDates(every(7, 0, null), START, 60);

        assertThat(MeasurementSchedule.missed(due, List.of(), day(14), 0)).containsExactly(day(0), day(7));
    }

    @Test
    void missedDatesAreReportedInOrderWhateverTheInputOrder() {
        assertThat(MeasurementSchedule.missed(List.of(day(9), day(3), day(6)), List.of(day(6)), day(20), 0))
                .containsExactly(day(3), day(9));
    }

    @Test
    void aNegativeGraceIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MeasurementSchedule.missed(List.of(day(0)), List.of(), day(5), -1));
    }

    @Test
    void theNextDueDateIsTheFirstOnOrAfterToday() {
        List<LocalDate> due = List.of(day(0), day(7), day(14));

        assertThat(MeasurementSchedule.nextDue(due, day(7))).contains(day(7));
        assertThat(MeasurementSchedule.nextDue(due, day(8))).contains(day(14));
        assertThat(MeasurementSchedule.nextDue(due, day(-3))).contains(day(0));
        assertThat(MeasurementSchedule.nextDue(due, day(15))).isEmpty();
        assertThat(MeasurementSchedule.nextDue(List.of(), day(0))).isEmpty();
    }

    @Test
    void aLongScheduleIsScannedQuickly() {
        List<LocalDate> due = MeasurementSchedule.dueDates(perWeek(14, 0, null), START, 3650);
        List<LocalDate> recorded = IntStream.range(0, 3650).filter(n -> n % 2 == 0).mapToObj(n -> day(n)).toList();

        assertThat(due).hasSize(7300);
        assertThat(MeasurementSchedule.missed(due, recorded, day(3650), 0)).hasSize(7300 - 1825);
    }
}
