package fi.digipolku.feedback.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class BatchingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 3);

    /** An answer: its number (to follow it), its group and how many days ago it was pooled. */
    record Answer(int number, int group, int daysAgo) {
    }

    @Provide
    Arbitrary<List<Answer>> pool() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 20))
                .as((group, daysAgo) -> new int[]{group, daysAgo}).list().ofMaxSize(40)
                .map(list -> IntStream.range(0, list.size())
                        .mapToObj(i -> new Answer(i, list.get(i)[0], list.get(i)[1])).toList());
    }

    private static List<Batching.Pooled<Answer>> pooled(List<Answer> answers) {
        return answers.stream().map(a -> new Batching.Pooled<>(a, a.group(), TODAY.minusDays(a.daysAgo()))).toList();
    }

    @Property(tries = 500)
    void aBatchIsOneWholeGroupOfAtLeastMinBatchUnlessItWaitedLongEnough(@ForAll("pool") List<Answer> answers,
            @ForAll @IntRange(min = 1, max = 12) int minBatch, @ForAll @IntRange(min = 0, max = 15) int maxWait,
            @ForAll long seed) {
        List<List<Answer>> batches = Batching.due(pooled(answers), TODAY, minBatch, maxWait, new Random(seed));
        Map<Integer, List<Answer>> groups = answers.stream().collect(Collectors.groupingBy(Answer::group));

        List<Integer> released = new ArrayList<>();
        for (List<Answer> batch : batches) {
            int group = batch.get(0).group();
            assertThat(batch).allMatch(a -> a.group() == group);
            assertThat(batch).containsExactlyInAnyOrderElementsOf(groups.get(group));
            boolean waited = batch.stream().anyMatch(a -> a.daysAgo() >= maxWait);
            assertThat(batch.size() >= minBatch || waited).as("batch of %d", batch.size()).isTrue();
            released.add(group);
        }
        assertThat(released).doesNotHaveDuplicates();
        groups.forEach((group, members) -> {
            if (!released.contains(group)) {
                assertThat(members).hasSizeLessThan(minBatch).allMatch(a -> a.daysAgo() < maxWait);
            }
        });
    }

    @Example
    void aBatchIsStoredInRandomOrderNotInTheOrderClientsAnswered() {
        List<Answer> answers = IntStream.range(0, 30).mapToObj(i -> new Answer(i, 0, 0)).toList();

        List<Answer> first = Batching.due(pooled(answers), TODAY, 10, 14, new Random(1)).get(0);
        List<Answer> second = Batching.due(pooled(answers), TODAY, 10, 14, new Random(2)).get(0);

        assertThat(first).containsExactlyInAnyOrderElementsOf(answers).isNotEqualTo(answers).isNotEqualTo(second);
    }

    @Example
    void fewAnswersWaitUntilTheMaximumWaitHasPassed() {
        List<Answer> answers = List.of(new Answer(0, 0, 13), new Answer(1, 0, 2));

        assertThat(Batching.due(pooled(answers), TODAY, 10, 14, new Random(1))).isEmpty();
        assertThat(Batching.due(pooled(answers), TODAY.plusDays(1), 10, 14, new Random(1))).hasSize(1);
    }
}
