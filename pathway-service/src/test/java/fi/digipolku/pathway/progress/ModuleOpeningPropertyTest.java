package fi.digipolku.pathway.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fi.digipolku.pathway.content.ContentModule;
import fi.digipolku.pathway.content.MeasurementSchedule;
import fi.digipolku.pathway.content.MeasurementSpec;
import fi.digipolku.pathway.content.MeasurementType;
import fi.digipolku.pathway.content.ModuleType;
import fi.digipolku.pathway.content.Schedule;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * "Not before its day", for any definition and any day: a record is accepted exactly when its module has opened, the
 * opening day agrees with the timeline and the measurement schedule, and a pathway never completes by itself before
 * the opening day of its latest required module, switched off for the client or not. Start days cover the turn of the year, leap days and clock changes.
 */
class ModuleOpeningPropertyTest {

    private static final int DURATION = 120;

    @Provide
    Arbitrary<LocalDate> startDays() {
        Arbitrary<LocalDate> uniform = Arbitraries.integers().between(0, 3650)
                .map(d -> LocalDate.of(2024, 1, 1).plusDays(d));
        Arbitrary<LocalDate> tricky = Arbitraries.of(LocalDate.of(2026, 12, 31), LocalDate.of(2028, 2, 29),
                LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25), LocalDate.of(2026, 6, 3));
        return Arbitraries.oneOf(uniform, tricky);
    }

    @Provide
    Arbitrary<ContentModule> modules() {
        Arbitrary<ModuleType> types = Arbitraries.of(ModuleType.class);
        Arbitrary<Integer> offsets = Arbitraries.integers().between(0, DURATION - 1);
        return Combinators.combine(types, offsets, offsets, Arbitraries.of(true, false),
                Arbitraries.strings().withCharRange('a', 'z').ofLength(6)).as(ModuleOpeningPropertyTest::module);
    }

    @Provide
    Arbitrary<List<ContentModule>> definitions() {
        return modules().list().ofMinSize(1).ofMaxSize(8).uniqueElements(ContentModule::key);
    }

    private static ContentModule module(ModuleType type, int dayOffset, int fromDay, boolean required, String key) {
        MeasurementSpec measurement = type == ModuleType.MEASUREMENT
                ? new MeasurementSpec(MeasurementType.BODY_WEIGHT, null, null, Map.of(), Map.of(),
                        new Schedule(7, null, fromDay, null))
                : null;
        return new ContentModule(key, type, dayOffset, required, Map.of("fi", key), Map.of(), List.of(), null,
                measurement, null);
    }

    @Property(tries = 2000)
    void aRecordIsAcceptedExactlyWhenItsModuleHasOpened(@ForAll("modules") ContentModule module,
            @ForAll("startDays") LocalDate start, @ForAll @IntRange(min = -3, max = DURATION + 3) int dayIndex) {
        LocalDate day = start.plusDays(dayIndex);

        boolean accepted = ModuleOpening.open(module, start, day);

        int firstDay = module.type() == ModuleType.MEASUREMENT
                ? module.measurement().schedule().fromDay()
                : module.dayOffset();
        boolean readAhead = module.type() == ModuleType.INFO || module.type() == ModuleType.INSTRUCTION;
        assertThat(accepted).isEqualTo(readAhead || dayIndex >= firstDay);
        ModuleOpening.notOpenBefore(module, start, day)
                .ifPresent(opens -> assertThat(opens).isAfter(day).isEqualTo(start.plusDays(firstDay)));
    }

    @Property(tries = 1000)
    void theOpeningDayIsTheDayTheTimelineAndTheScheduleFirstAskForTheModule(@ForAll("modules") ContentModule module,
            @ForAll("startDays") LocalDate start, @ForAll @IntRange(min = 0, max = DURATION - 1) int dayIndex) {
        LocalDate day = start.plusDays(dayIndex);
        LocalDate opens = ModuleOpening.opensOn(module, start);

        if (module.type() == ModuleType.MEASUREMENT) {
            List<LocalDate> due = MeasurementSchedule.dueDates(module.measurement().schedule(), start, DURATION);
            assertThat(due).isNotEmpty();
            assertThat(opens).isEqualTo(due.get(0));
        } else if (module.type() != ModuleType.DIARY) {
            Timeline.View timeline = Timeline.build(List.of(module), start, DURATION, Map.of(), day, 2);
            boolean upcoming = timeline.upcoming().stream().anyMatch(i -> i.moduleKey().equals(module.key()));
            assertThat(upcoming).isEqualTo(day.isBefore(opens));
        }
    }

    @Property(tries = 3000)
    void aPathwayNeverCompletesBeforeItsLatestRequiredModuleHasOpenedEvenWithModulesSwitchedOff(
            @ForAll("definitions") List<ContentModule> modules, @ForAll("startDays") LocalDate start,
            @ForAll @IntRange(min = 0, max = DURATION + 3) int dayIndex, @ForAll("doneMasks") List<Boolean> mask,
            @ForAll("doneMasks") List<Boolean> offMask) {
        LocalDate today = start.plusDays(dayIndex);
        List<String> done = new ArrayList<>();
        List<String> switchedOff = new ArrayList<>();
        for (int i = 0; i < modules.size(); i++) {
            if (mask.get(i % mask.size())) {
                done.add(modules.get(i).key());
            }
            if (offMask.get(i % offMask.size())) {
                switchedOff.add(modules.get(i).key());
            }
        }
        List<ContentModule> required = modules.stream()
                .filter(m -> m.required() && m.type() != ModuleType.REMINDER).toList();
        List<ContentModule> toDo = required.stream().filter(m -> !switchedOff.contains(m.key())).toList();

        boolean complete = ModuleOpening.complete(modules, switchedOff, start, done, today);

        if (complete) {
            assertThat(required).isNotEmpty();
            for (ContentModule module : toDo) {
                assertThat(done).contains(module.key());
            }
            // switched-off required modules too: the pathway runs its course
            for (ContentModule module : required) {
                assertThat(ChronoUnit.DAYS.between(ModuleOpening.opensOn(module, start), today))
                        .isGreaterThanOrEqualTo(0);
            }
        } else {
            Set<String> doneKeys = done.stream().collect(Collectors.toSet());
            boolean allDone = toDo.stream().allMatch(m -> doneKeys.contains(m.key()));
            boolean allOpen = required.stream().allMatch(m -> !today.isBefore(ModuleOpening.opensOn(m, start)));
            assertThat(required.isEmpty() || !allDone || !allOpen).isTrue();
        }
    }

    @Provide
    Arbitrary<List<Boolean>> doneMasks() {
        return Arbitraries.of(true, false).list().ofMinSize(1).ofMaxSize(8);
    }
}
