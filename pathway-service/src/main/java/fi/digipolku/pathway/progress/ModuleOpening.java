package fi.digipolku.pathway.progress;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import fi.digipolku.pathway.content.ContentModule;
import fi.digipolku.pathway.content.ModuleType;

/**
 * Nothing happens before its day. A module opens on its day of the pathway (day 0 is the start, days are
 * Europe/Helsinki calendar days): its {@code dayOffset}, or for a scheduled measurement its first due date (the
 * schedule's {@code fromDay}, as on the timeline). Information and instructions may be read ahead, so viewing them is
 * recorded on any day; answers, measurements, diary entries and tasks are refused until the module opens, and a
 * reminder is announced on its opening day, never before. An enrollment completes by itself only when every required
 * module switched on for the client is done and the latest required module of its version has opened, switched-off
 * ones included, so a pathway, personalised or not, never ends before its last required day.
 */
public final class ModuleOpening {

    private ModuleOpening() {
    }

    /** The day the module opens on an enrollment started on {@code startedOn}. */
    public static LocalDate opensOn(ContentModule module, LocalDate startedOn) {
        if (module.type() == ModuleType.MEASUREMENT && module.measurement() != null
                && module.measurement().schedule() != null) {
            return startedOn.plusDays(module.measurement().schedule().fromDay());
        }
        return startedOn.plusDays(module.dayOffset());
    }

    /** Content that may be read before its day: information and instructions (viewing them records nothing else). */
    public static boolean viewableAhead(ModuleType type) {
        return type == ModuleType.INFO || type == ModuleType.INSTRUCTION;
    }

    /**
     * Whether a record of the module for {@code day} (the day it is made, or a measurement's day) is refused because
     * the module has not opened yet; then the opening day.
     */
    public static Optional<LocalDate> notOpenBefore(ContentModule module, LocalDate startedOn, LocalDate day) {
        if (viewableAhead(module.type())) {
            return Optional.empty();
        }
        LocalDate opens = opensOn(module, startedOn);
        return day.isBefore(opens) ? Optional.of(opens) : Optional.empty();
    }

    /** Whether a record of the module for {@code day} is accepted as far as days go. */
    public static boolean open(ContentModule module, LocalDate startedOn, LocalDate day) {
        return notOpenBefore(module, startedOn, day).isEmpty();
    }

    /** The modules whose completion ends the pathway: the required ones, except reminders, which are not recorded. */
    public static List<ContentModule> required(Collection<ContentModule> modules) {
        return modules.stream().filter(m -> m.required() && m.type() != ModuleType.REMINDER).toList();
    }

    /**
     * The first day the enrollment may complete: the latest opening day of its required modules (the start day when
     * none is required).
     */
    public static LocalDate completesOnOrAfter(Collection<ContentModule> modules, LocalDate startedOn) {
        return required(modules).stream().map(m -> opensOn(m, startedOn)).max(LocalDate::compareTo)
                .orElse(startedOn);
    }

    /**
     * Whether the enrollment is complete on {@code today}: its version has required modules, every one of them that is
     * switched on for the client is done, and the latest of them all, switched-off ones included, has opened (a
     * personalised pathway still runs its course).
     *
     * @param modules the modules of the enrollment's definition version, switched-off ones included
     * @param switchedOff the keys of the modules switched off for the client
     * @param done the keys of the modules with at least one record
     */
    public static boolean complete(Collection<ContentModule> modules, Collection<String> switchedOff,
            LocalDate startedOn, Collection<String> done, LocalDate today) {
        List<ContentModule> required = required(modules);
        return !required.isEmpty()
                && required.stream().filter(m -> !switchedOff.contains(m.key())).allMatch(m -> done.contains(m.key()))
                && !today.isBefore(completesOnOrAfter(modules, startedOn));
    }
}
