package fi.digipolku.pathway.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import fi.digipolku.pathway.Fixtures;
import fi.digipolku.pathway.definition.DefinitionContent;
import fi.digipolku.pathway.progress.Timeline.Item;
import fi.digipolku.pathway.progress.Timeline.State;

class TimelineTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final DefinitionContent WEIGHT = new ObjectMapper().convertValue(Fixtures.weightManagement(),
            DefinitionContent.class);
    private static final DefinitionContent BONE = new ObjectMapper().convertValue(Fixtures.boneHealth(),
            DefinitionContent.class);

    private static Item find(List<Item> items, String key) {
        return items.stream().filter(i -> i.moduleKey().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void onTheFirstDayTheStartingModulesAreDueAndLaterOnesUpcoming() {
        Timeline.View view = Timeline.build(WEIGHT.modules(), START, 84, Map.of(), START, 2);

        assertThat(view.day()).isZero();
        assertThat(view.dueToday()).extracting(Item::moduleKey)
                .containsExactlyInAnyOrder("welcome", "start-questionnaire", "weight", "waist");
        assertThat(view.upcoming()).extracting(Item::moduleKey).containsExactly("plate-model", "end-questionnaire");
        assertThat(view.overdue()).isEmpty();
    }

    @Test
    void missedMeasurementsAndUndoneQuestionnairesBecomeOverdue() {
        LocalDate today = START.plusDays(10);
        Map<String, List<LocalDate>> recorded = Map.of("weight", List.of(START, START.plusDays(8)), "welcome",
                List.of(START));

        Timeline.View view = Timeline.build(WEIGHT.modules(), START, 84, recorded, today, 2);

        Item weight = find(view.upcoming(), "weight");
        assertThat(weight.dueOn()).isEqualTo(START.plusDays(14));
        assertThat(weight.missed()).as("day 8 is within the grace of day 7").isEmpty();
        Item waist = find(view.overdue(), "waist");
        assertThat(waist.missed()).containsExactly(START, START.plusDays(7));
        assertThat(view.overdue()).extracting(Item::moduleKey).contains("start-questionnaire", "plate-model");
        assertThat(view.done()).extracting(Item::moduleKey).containsExactly("welcome");
    }

    @Test
    void aMeasurementWithinItsGraceIsNotMissedAndTodaysRecordingMovesItOn() {
        LocalDate today = START.plusDays(8);
        Timeline.View late = Timeline.build(WEIGHT.modules(), START, 84,
                Map.of("weight", List.of(START)), today, 2);
        assertThat(find(late.upcoming(), "weight").missed()).isEmpty();

        LocalDate dueDay = START.plusDays(7);
        Timeline.View recordedToday = Timeline.build(WEIGHT.modules(), START, 84,
                Map.of("weight", List.of(START, dueDay)), dueDay, 2);
        assertThat(find(recordedToday.upcoming(), "weight").dueOn()).isEqualTo(START.plusDays(14));
    }

    @Test
    void remindersAreNeverOverdueAndDiariesAreNotOnTheTimeline() {
        Timeline.View view = Timeline.build(BONE.modules(), START, 180, Map.of(), START.plusDays(20), 2);

        assertThat(view.done()).extracting(Item::moduleKey).contains("lab-visit");
        assertThat(view.overdue()).extracting(Item::moduleKey).doesNotContain("lab-visit", "exercise-diary");
        assertThat(view.upcoming()).extracting(Item::moduleKey).contains("lab-follow-up");
        assertThat(view.upcoming().stream().map(Item::state)).containsOnly(State.UPCOMING);
    }
}
