package fi.digipolku.messaging.thread;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.UUID;

import fi.digipolku.messaging.promise.FinnishCalendar;
import fi.digipolku.messaging.promise.PromiseUnit;
import fi.digipolku.messaging.team.TeamSettings;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The promise rules hold on any day: public holidays, the nights of the clock changes and the turn of the year
 * included. Moments are drawn from 2024–2035 with the tricky days over-represented.
 */
class AnyDayPropertyTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final FinnishCalendar CALENDAR = FinnishCalendar.shared();
    /** Open every day around the clock, 2 working days, work 8–16. */
    private static final TeamSettings ALWAYS_OPEN = TeamSettings.defaults("t", 2, PromiseUnit.WORKING_DAYS,
            LocalTime.of(8, 0), LocalTime.of(16, 0), HELSINKI, EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT,
            LocalTime.of(23, 59));

    @Provide
    Arbitrary<Instant> anyMoment() {
        Arbitrary<Instant> uniform = Arbitraries.longs()
                .between(Instant.parse("2024-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("2035-12-31T23:59:59Z").getEpochSecond())
                .map(Instant::ofEpochSecond);
        Arbitrary<Instant> tricky = Arbitraries.of(
                LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31),
                LocalDate.of(2027, 1, 1), LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25),
                LocalDate.of(2026, 6, 19), LocalDate.of(2026, 6, 20), LocalDate.of(2027, 3, 26),
                LocalDate.of(2027, 5, 1), LocalDate.of(2028, 2, 29))
                .flatMap(day -> Arbitraries.integers().between(0, 24 * 60 - 1)
                        .map(minute -> day.atStartOfDay(HELSINKI).plusMinutes(minute).toInstant()));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, uniform), net.jqwik.api.Tuple.of(1, tricky));
    }

    @Property(tries = 2000)
    void aTeamOpenEveryDayTakesOnlyContactRequestsOnHolidays(@ForAll("anyMoment") Instant sentAt) {
        MessageThread thread = new MessageThread();
        thread.id = UUID.randomUUID();

        ThreadRules.clientWrote(thread, sentAt, ALWAYS_OPEN);

        LocalDate day = sentAt.atZone(HELSINKI).toLocalDate();
        boolean lastMinute = !sentAt.atZone(HELSINKI).toLocalTime().isBefore(LocalTime.of(23, 59));
        assertThat(thread.contactRequest).isEqualTo(CALENDAR.isHoliday(day) || lastMinute);
    }

    @Property(tries = 2000)
    void aReplyIsDueAfterTheMessageWithinTwoWorkingDaysOfWork(@ForAll("anyMoment") Instant sentAt) {
        MessageThread thread = new MessageThread();
        thread.id = UUID.randomUUID();

        ThreadRules.clientWrote(thread, sentAt, ALWAYS_OPEN);

        assertThat(thread.clockStartedAt).isAfterOrEqualTo(sentAt);
        assertThat(thread.dueAt).isAfter(thread.clockStartedAt);
        LocalDate dueDay = thread.dueAt.atZone(HELSINKI).toLocalDate();
        LocalTime dueTime = thread.dueAt.atZone(HELSINKI).toLocalTime();
        // the promise ends within working hours of a working day (16:00 sharp included)
        assertThat(CALENDAR.isWorkingDay(dueDay)).isTrue();
        assertThat(dueTime).isBetween(LocalTime.of(8, 0), LocalTime.of(16, 0));
        // two working days never take more than two weeks of calendar time, even over Christmas and Easter
        assertThat(Duration.between(sentAt, thread.dueAt)).isLessThan(Duration.ofDays(14));
    }
}
