package fi.digipolku.messaging.promise;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Which days a Finnish care team works: Monday to Friday, except Finnish public holidays.
 *
 * <p>
 * A service promise ("a reply within 2 working days") is only fair to the team if the clock stops when nobody is
 * expected to be at work. The official holidays come from jollyday's Finnish calendar (mainland Finland, not Åland).
 * Christmas Eve and Midsummer Eve are not holidays by law but are days off under practically every collective
 * agreement; they are added here explicitly so that they stay non-working whatever a jollyday version classifies them
 * as. Holidays on a weekend (Midsummer Day, All Saints' Day, sometimes Independence Day) change nothing for working
 * days but still count as holidays for {@link OpeningHours} of teams that are open on weekends.
 *
 * <p>
 * Loading jollyday's calendar parses XML and is comparatively slow, so it is done once per JVM, on first use; the
 * holidays of each year are computed once and cached. Instances are thread-safe; {@link #shared()} is the one to use.
 */
public final class FinnishCalendar {

    private static final FinnishCalendar SHARED = new FinnishCalendar();

    private static final MonthDay CHRISTMAS_EVE = MonthDay.of(12, 24);

    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    /** Cheap: the holiday data is loaded once per JVM, lazily, and shared by all instances. */
    public FinnishCalendar() {
    }

    /** The instance to use unless a separate cache is wanted. */
    public static FinnishCalendar shared() {
        return SHARED;
    }

    /** True on Monday to Friday unless the day is a holiday. */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
    }

    /** True on a Finnish public holiday, Christmas Eve or Midsummer Eve, whatever the day of the week. */
    public boolean isHoliday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return holidays(date.getYear()).contains(date);
    }

    /** The holidays of a year, as {@link #isHoliday} sees them; unmodifiable. */
    public Set<LocalDate> holidays(int year) {
        return holidaysByYear.computeIfAbsent(year, FinnishCalendar::load);
    }

    private static Set<LocalDate> load(int year) {
        Set<LocalDate> days = new HashSet<>();
        for (Holiday holiday : Manager.INSTANCE.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY)) {
            days.add(holiday.getDate());
        }
        days.add(CHRISTMAS_EVE.atYear(year));
        days.add(midsummerEve(year));
        return Set.copyOf(days);
    }

    /** The Friday between 19 and 25 June. */
    static LocalDate midsummerEve(int year) {
        return LocalDate.of(year, 6, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    }

    /** Holder so that the holiday manager is created on first use and exactly once. */
    private static final class Manager {
        static final HolidayManager INSTANCE = HolidayManager
                .getInstance(ManagerParameters.create(HolidayCalendar.FINLAND));
    }
}
