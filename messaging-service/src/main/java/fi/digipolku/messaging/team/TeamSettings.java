package fi.digipolku.messaging.team;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import fi.digipolku.messaging.promise.FinnishCalendar;
import fi.digipolku.messaging.promise.OpeningHours;
import fi.digipolku.messaging.promise.PromiseUnit;
import fi.digipolku.messaging.promise.ServicePromise;
import fi.digipolku.messaging.promise.WorkingHours;
import fi.digipolku.messaging.promise.WorkingTime;

/**
 * What a team's promise means in time: when it takes new contacts, when a waiting message is due and how much working
 * time a reply took. Plain rules over the Finnish working calendar.
 *
 * @param configured false when the team works under the service defaults
 * @param version the settings' version, their ETag: 0 while the team works under the defaults, then one more than the
 *            row's version, so that the first save moves it too
 */
public record TeamSettings(String team, boolean configured, ServicePromise promise, WorkingHours workingHours,
        OpeningHours openingHours, String escalationTeam, long version) {

    /** The version of a team nobody configured. */
    public static final long UNCONFIGURED = 0;

    /** The settings of a configured team. */
    public static TeamSettings of(Team team) {
        ZoneId zone = ZoneId.of(team.zone);
        return new TeamSettings(team.id, true, new ServicePromise(team.promiseAmount, team.promiseUnit),
                new WorkingHours(team.workStart, team.workEnd, zone),
                new OpeningHours(days(team.openingDays), team.opens, team.closes, zone), team.escalationTeam,
                team.version + 1);
    }

    private static EnumSet<DayOfWeek> days(List<DayOfWeek> days) {
        return days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
    }

    /** The defaults for a team nobody configured. */
    public static TeamSettings defaults(String team, int amount, PromiseUnit unit, LocalTime workStart,
            LocalTime workEnd, ZoneId zone, Set<DayOfWeek> openingDays, LocalTime opens,
            LocalTime closes) {
        return new TeamSettings(team, false, new ServicePromise(amount, unit),
                new WorkingHours(workStart, workEnd, zone), new OpeningHours(openingDays, opens, closes, zone), null,
                UNCONFIGURED);
    }

    private WorkingTime workingTime() {
        return new WorkingTime(FinnishCalendar.shared(), workingHours);
    }

    /** True when a client message at this moment is taken as a contact request for the next opening. */
    public boolean closedForContacts(Instant at) {
        return !openingHours.isOpen(at, FinnishCalendar.shared());
    }

    /** When the promise clock starts for a client message sent at this moment. */
    public Instant clockStart(Instant sentAt) {
        return openingHours.nextOpening(sentAt, FinnishCalendar.shared());
    }

    /** When a reply is due for a clock started at this moment. */
    public Instant dueAt(Instant clockStart) {
        return workingTime().dueAt(clockStart, promise);
    }

    /** The working time between two moments. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        return workingTime().between(from, to);
    }
}
