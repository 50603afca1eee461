package fi.digipolku.feedback.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** No count inside a published cell describes 1–9 answers, whether shown or derived by subtraction. */
class SmallCountsPropertyTest {

    @Provide
    Arbitrary<List<Integer>> distributions() {
        Arbitrary<Integer> bin = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0, 0)),
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(1, 9)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(10, 40)));
        return bin.list().ofSize(Answer.NPS_MAX + 1)
                .filter(bins -> bins.stream().mapToInt(Integer::intValue).sum() >= Suppression.MIN_ANSWERS);
    }

    private static FeedbackSummary summary(List<Integer> bins) {
        List<Answer> answers = new ArrayList<>();
        for (int value = 0; value < bins.size(); value++) {
            for (int i = 0; i < bins.get(value); i++) {
                answers.add(new Answer(value, null, Map.of()));
            }
        }
        return FeedbackSummary.of(answers);
    }

    @Property(tries = 500)
    void noShownCountIsBetweenOneAndNine(@ForAll("distributions") List<Integer> bins) {
        FeedbackSummary summary = summary(bins);

        List<Long> shown = new ArrayList<>(summary.distribution());
        shown.add(summary.promoters());
        shown.add(summary.passives());
        shown.add(summary.detractors());
        assertThat(shown).allSatisfy(count -> {
            if (count != null) {
                assertThat(count == 0 || count >= Suppression.MIN_ANSWERS).as("shown count %d", count).isTrue();
            }
        });
        for (int value = 0; value < bins.size(); value++) {
            Long count = summary.distribution().get(value);
            assertThat(count).isIn(null, (long) bins.get(value));
        }
    }

    @Property(tries = 500)
    void noWithheldCountIsTheTotalMinusTheShownOnes(@ForAll("distributions") List<Integer> bins) {
        FeedbackSummary summary = summary(bins);
        long total = bins.stream().mapToInt(Integer::intValue).sum();

        assertNotDerivable(total, summary.distribution());
        assertNotDerivable(total, java.util.Arrays.asList(summary.promoters(), summary.passives(),
                summary.detractors()));
        // Inside a shown category, its values are a partition of the category too.
        assertNotDerivable(summary.detractors(), summary.distribution().subList(0, FeedbackSummary.DETRACTOR_MAX + 1));
        assertNotDerivable(summary.passives(),
                summary.distribution().subList(FeedbackSummary.DETRACTOR_MAX + 1, FeedbackSummary.PROMOTER_MIN));
        assertNotDerivable(summary.promoters(),
                summary.distribution().subList(FeedbackSummary.PROMOTER_MIN, Answer.NPS_MAX + 1));
        // A withheld category is not the sum of its values either.
        assertCategoryHidden(summary.detractors(),
                summary.distribution().subList(0, FeedbackSummary.DETRACTOR_MAX + 1));
        assertCategoryHidden(summary.passives(),
                summary.distribution().subList(FeedbackSummary.DETRACTOR_MAX + 1, FeedbackSummary.PROMOTER_MIN));
        assertCategoryHidden(summary.promoters(),
                summary.distribution().subList(FeedbackSummary.PROMOTER_MIN, Answer.NPS_MAX + 1));
    }

    /** When the total is shown, the withheld parts are not one alone and add up to none or at least ten. */
    private static void assertNotDerivable(Long total, List<Long> parts) {
        if (total == null) {
            return;
        }
        long withheld = parts.stream().filter(p -> p == null).count();
        long rest = total - parts.stream().filter(p -> p != null).mapToLong(Long::longValue).sum();
        assertThat(withheld).as("withheld among %s of %d", parts, total).isNotEqualTo(1);
        assertThat(rest == 0 || rest >= Suppression.MIN_ANSWERS).as("total %d minus shown %s", total, parts).isTrue();
    }

    private static void assertCategoryHidden(Long category, List<Long> values) {
        if (category == null) {
            assertThat(values).as("values of a withheld category").containsNull();
        }
    }

    @Property(tries = 200)
    void openAnswersListOnlyWordsAndThemesOfAtLeastTenAnswers(
            @ForAll("wordGroups") List<Integer> uses) {
        List<String> texts = new ArrayList<>();
        int answers = Math.max(Suppression.MIN_ANSWERS, uses.stream().mapToInt(Integer::intValue).max().orElse(0));
        String[] words = {"xyzzyplugh", "hoitaja", "jonossa", "ystävällinen"};
        for (int i = 0; i < answers; i++) {
            StringBuilder text = new StringBuilder("Ok");
            for (int w = 0; w < uses.size(); w++) {
                if (i < uses.get(w)) {
                    text.append(' ').append(words[w]);
                }
            }
            texts.add(text.toString());
        }

        OpenAnswers.Report report = new OpenAnswers().analyse(texts);

        assertThat(report.words()).allSatisfy(word -> assertThat(word.count()).isGreaterThanOrEqualTo(10));
        assertThat(report.themes()).allSatisfy(theme -> assertThat(theme.count()).isGreaterThanOrEqualTo(10));
    }

    @Provide
    Arbitrary<List<Integer>> wordGroups() {
        return Arbitraries.integers().between(0, 25).list().ofSize(4);
    }

    @Property
    void aSingleCountSuchAsAnAnonymiserRemovalIsShownOnlyWhenNoneOrAtLeastTen(@ForAll("counts") long count) {
        Long shown = Suppression.shownCount(count);

        if (count >= 1 && count <= 9) {
            assertThat(shown).isNull();
        } else {
            assertThat(shown).isEqualTo(count);
        }
    }

    @Provide
    Arbitrary<Long> counts() {
        return Arbitraries.longs().between(0, 1000).edgeCases(c -> c.add(0L, 1L, 9L, 10L));
    }
}
