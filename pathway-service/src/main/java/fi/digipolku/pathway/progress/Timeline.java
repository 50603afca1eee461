package fi.digipolku.pathway.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.digipolku.pathway.content.ContentModule;
import fi.digipolku.pathway.content.MeasurementSchedule;
import fi.digipolku.pathway.content.ModuleType;

/**
 * The client's timeline on a given day: what is due today, what comes next and what is overdue. Content, tasks and
 * questionnaires fall due on their day offset and are overdue once that day has passed undone; a measurement is due
 * on each scheduled date and missed when its grace days passed without a recording; reminders are never overdue.
 */
public final class Timeline {

    @Schema(name = "TimelineState")
    public enum State {
        DONE, DUE_TODAY, UPCOMING, OVERDUE
    }

    /** One module on the timeline. For measurements {@code dueOn} is the next due date and {@code missed} lists misses. */
    @Schema(name = "TimelineItem")
    public record Item(String moduleKey, ModuleType type, boolean required, LocalDate dueOn, State state,
            List<LocalDate> missed) {
    }

    /** The day of the pathway (day 0 is the start) and its items in three groups. */
    @Schema(name = "Timeline")
    public record View(LocalDate today, long day, List<Item> dueToday, List<Item> upcoming, List<Item> overdue,
            List<Item> done) {
    }

    private Timeline() {
    }

    /**
     * @param recorded the dates on which the client recorded something, per module key
     */
    public static View build(List<ContentModule> modules, LocalDate startedOn, int durationDays,
            Map<String, List<LocalDate>> recorded, LocalDate today, int graceDays) {
        List<Item> dueToday = new ArrayList<>();
        List<Item> upcoming = new ArrayList<>();
        List<Item> overdue = new ArrayList<>();
        List<Item> done = new ArrayList<>();
        for (ContentModule module : modules) {
            Item item = item(module, startedOn, durationDays, recorded.getOrDefault(module.key(), List.of()), today,
                    graceDays);
            if (item == null) {
                continue;
            }
            switch (item.state()) {
                case DUE_TODAY -> dueToday.add(item);
                case UPCOMING -> upcoming.add(item);
                case OVERDUE -> overdue.add(item);
                case DONE -> done.add(item);
            }
        }
        upcoming.sort((a, b) -> a.dueOn().compareTo(b.dueOn()));
        return new View(today, ChronoUnit.DAYS.between(startedOn, today), dueToday, upcoming, overdue, done);
    }

    private static Item item(ContentModule module, LocalDate startedOn, int durationDays, List<LocalDate> recorded,
            LocalDate today, int graceDays) {
        if (module.type() == ModuleType.MEASUREMENT) {
            List<LocalDate> due = MeasurementSchedule.dueDates(module.measurement().schedule(), startedOn,
                    durationDays);
            List<LocalDate> missed = MeasurementSchedule.missed(due, recorded, today, graceDays);
            Optional<LocalDate> next = MeasurementSchedule.nextDue(due, today);
            boolean doneToday = recorded.contains(today);
            State state;
            if (!missed.isEmpty()) {
                state = State.OVERDUE;
            } else if (next.isPresent() && next.get().equals(today) && !doneToday) {
                state = State.DUE_TODAY;
            } else if (next.isPresent()) {
                state = State.UPCOMING;
            } else {
                state = State.DONE;
            }
            LocalDate dueOn = next.filter(d -> !(d.equals(today) && doneToday))
                    .or(() -> MeasurementSchedule.nextDue(due, today.plusDays(1))).orElse(null);
            return new Item(module.key(), module.type(), module.required(), dueOn, state, missed);
        }
        if (module.type() == ModuleType.DIARY) {
            return null;
        }
        LocalDate dueOn = ModuleOpening.opensOn(module, startedOn);
        State state;
        if (module.type() != ModuleType.REMINDER && !recorded.isEmpty()) {
            state = State.DONE;
        } else if (dueOn.equals(today)) {
            state = State.DUE_TODAY;
        } else if (dueOn.isAfter(today)) {
            state = State.UPCOMING;
        } else {
            state = module.type() == ModuleType.REMINDER ? State.DONE : State.OVERDUE;
        }
        return new Item(module.key(), module.type(), module.required(), dueOn, state, List.of());
    }
}
