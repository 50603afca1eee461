package fi.digipolku.feedback.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fi.digipolku.feedback.report.Disclosure.Cell;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The small-group rule for every count a report shows inside its groups: no count of promoters, passives, detractors,
 * answers without an NPS, answers of one NPS value, answers using a word or mentioning a theme (or not) is 1–9, and no
 * such count of one group minus the same count of disjoint groups inside it is 1–9, whatever the answers.
 */
class SmallCountsPropertyTest {

    private static final List<String> TEAMS = List.of("team-a", "team-b");
    private static final List<UUID> PATHWAYS = List.of(new UUID(0, 1), new UUID(0, 2));
    private static final OpenAnswers DIGEST = new OpenAnswers();
    private static final List<String> TEXTS = List.of("Hoitaja auttoi, vaikka jonossa meni tunti.",
            "Kiitos hoitaja!", "Maksut nousivat.");

    /**
     * Answers of one pathway of one team in one month: how many of each NPS value (11) and without; and how many of
     * them, in order, have each text, each CES value (7) and each safety value (5), the rest none.
     */
    record Group(int team, int pathway, int month, List<Integer> values, List<Integer> texts, List<Integer> ces,
            List<Integer> safety) {
    }

    @Provide
    Arbitrary<List<Group>> groups() {
        Arbitrary<Integer> count = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just(0)),
                Tuple.of(3, Arbitraries.integers().between(1, 9)),
                Tuple.of(2, Arbitraries.integers().between(10, 30)));
        Arbitrary<Group> group = Combinators.combine(Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 1), Arbitraries.integers().between(1, 4),
                count.list().ofSize(Answer.NPS_MAX + 2), count.list().ofSize(TEXTS.size()),
                count.list().ofSize(Answer.CES_MAX), count.list().ofSize(Answer.STATEMENT_MAX))
                .as(Group::new);
        return group.list().ofMinSize(1).ofMaxSize(6);
    }

    private static List<Publication.Row> rows(List<Group> groups) {
        List<Publication.Row> rows = new ArrayList<>();
        for (Group g : groups) {
            List<String> texts = runs(g.texts(), TEXTS);
            List<Integer> ces = runs(g.ces(), List.of(1, 2, 3, 4, 5, 6, 7));
            List<Integer> safety = runs(g.safety(), List.of(1, 2, 3, 4, 5));
            int answer = 0;
            for (int value = 0; value <= Answer.NPS_MAX + 1; value++) {
                for (int i = 0; i < g.values().get(value); i++, answer++) {
                    Integer nps = value <= Answer.NPS_MAX ? value : null;
                    Map<String, Integer> statements = answer < safety.size()
                            ? Map.of("safety", safety.get(answer))
                            : Map.of();
                    rows.add(new Publication.Row(TEAMS.get(g.team()), PATHWAYS.get(g.pathway()),
                            LocalDate.of(2026, g.month(), 10), new Answer(nps,
                                    answer < ces.size() ? ces.get(answer) : null, statements,
                                    answer < texts.size() ? texts.get(answer) : null)));
                }
            }
        }
        return rows;
    }

    /** {@code counts.get(i)} copies of {@code values.get(i)}, in order. */
    private static <T> List<T> runs(List<Integer> counts, List<T> values) {
        List<T> runs = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            for (int n = 0; n < counts.get(i); n++) {
                runs.add(values.get(i));
            }
        }
        return runs;
    }

    /**
     * Every count each cell shows or lets anyone compute from what it shows, by name. A mean is taken to tell the
     * answers of each value of its scale and those without it (with two decimals over a bounded scale it often does),
     * and the NPS score the categories.
     */
    private static Map<String, Map<Cell, Long>> known(Publication publication, List<Publication.Row> rows) {
        Map<String, Map<Cell, Long>> known = new HashMap<>();
        for (Cell cell : publication.cells()) {
            FeedbackSummary summary = publication.summary(cell, null);
            List<Answer> answers = rows.stream().filter(r -> Publication.cells(r, LocalDate.MAX).contains(cell))
                    .map(Publication.Row::answer).toList();
            if (summary.cesMean() != null) {
                for (int value = Answer.CES_MIN; value <= Answer.CES_MAX; value++) {
                    int v = value;
                    put(known, "CES " + v, cell, answers.stream().filter(a -> a.ces() != null && a.ces() == v).count());
                }
                put(known, "without a CES", cell, answers.stream().filter(a -> a.ces() == null).count());
            }
            if (summary.statementMeans() != null && summary.statementMeans().containsKey("safety")) {
                for (int value = Answer.STATEMENT_MIN; value <= Answer.STATEMENT_MAX; value++) {
                    int v = value;
                    put(known, "safety " + v, cell,
                            answers.stream().filter(a -> Integer.valueOf(v).equals(a.statements().get("safety")))
                                    .count());
                }
                put(known, "without safety", cell,
                        answers.stream().filter(a -> !a.statements().containsKey("safety")).count());
            }
            assertThat(summary.nps() == null).as("the NPS score goes with its categories in %s", cell)
                    .isEqualTo(summary.promoters() == null);
            if (summary.promoters() != null) {
                long withNps = summary.promoters() + summary.passives() + summary.detractors();
                put(known, "promoters", cell, summary.promoters());
                put(known, "passives", cell, summary.passives());
                put(known, "detractors", cell, summary.detractors());
                put(known, "with an NPS", cell, withNps);
                put(known, "without an NPS", cell, summary.answers() - withNps);
            }
            if (summary.distribution() != null) {
                for (int value = 0; value <= Answer.NPS_MAX; value++) {
                    put(known, "NPS " + value, cell, summary.distribution().get(value));
                }
            }
            OpenAnswers.Report report = publication.openAnswers(cell, DIGEST);
            if (!report.suppressed()) {
                put(known, "with a text", cell, report.answers());
                put(known, "without a text", cell, summary.answers() - report.answers());
                for (OpenAnswers.WordCount word : report.words()) {
                    put(known, "using " + word.word(), cell, word.count());
                    put(known, "not using " + word.word(), cell, report.answers() - word.count());
                }
                for (OpenAnswers.ThemeCount theme : report.themes()) {
                    if (theme.count() != null) {
                        put(known, "mentioning " + theme.theme(), cell, theme.count());
                        put(known, "not mentioning " + theme.theme(), cell, report.answers() - theme.count());
                    }
                }
            }
        }
        return known;
    }

    private static void put(Map<String, Map<Cell, Long>> known, String name, Cell cell, long count) {
        known.computeIfAbsent(name, k -> new HashMap<>()).put(cell, count);
    }

    @Property(tries = 400)
    void noCountInsideAGroupIsOneToNine(@ForAll("groups") List<Group> groups) {
        List<Publication.Row> rows = rows(groups);
        Publication publication = Publication.of(rows, LocalDate.MAX);

        known(publication, rows).forEach((name, cells) -> cells.forEach((cell, count) -> assertThat(rest(count))
                .as("%s in %s: %d", name, cell, count).isTrue()));
    }

    @Property(tries = 400)
    void noCountMinusTheSameCountOfDisjointGroupsInsideIsOneToNine(@ForAll("groups") List<Group> groups) {
        List<Publication.Row> rows = rows(groups);
        Map<String, Map<Cell, Long>> known = known(Publication.of(rows, LocalDate.MAX), rows);

        known.forEach((name, counts) -> {
            for (Cell outer : counts.keySet()) {
                List<Cell> inside = counts.keySet().stream().filter(c -> !c.equals(outer) && outer.contains(c))
                        .toList();
                Set<Long> sums = new HashSet<>();
                disjointSums(inside, 0, new ArrayList<>(), 0, counts, sums);
                for (long sum : sums) {
                    assertThat(rest(counts.get(outer) - sum)).as("%s: %s minus disjoint groups inside with %d",
                            name, outer, sum).isTrue();
                }
            }
        });
    }

    @Property(tries = 200)
    void everyShownCountIsTheTrueOne(@ForAll("groups") List<Group> groups) {
        List<Publication.Row> rows = rows(groups);
        Publication publication = Publication.of(rows, LocalDate.MAX);

        for (Cell cell : publication.cells()) {
            List<Answer> answers = rows.stream().filter(r -> Publication.cells(r, LocalDate.MAX).contains(cell))
                    .map(Publication.Row::answer).toList();
            FeedbackSummary summary = publication.summary(cell, null);
            if (summary.distribution() != null) {
                for (int value = 0; value <= Answer.NPS_MAX; value++) {
                    int v = value;
                    assertThat(summary.distribution().get(value))
                            .isEqualTo(answers.stream().filter(a -> a.nps() != null && a.nps() == v).count());
                }
            }
            if (summary.promoters() != null) {
                assertThat(summary.promoters()).isEqualTo(answers.stream()
                        .filter(a -> a.nps() != null && a.nps() >= FeedbackSummary.PROMOTER_MIN).count());
            }
        }
    }

    private static boolean rest(long difference) {
        return difference == 0 || difference >= Suppression.MIN_ANSWERS;
    }

    /** Every sum of a set of pairwise disjoint cells from {@code cells[from..]} added to the chosen ones. */
    private static void disjointSums(List<Cell> cells, int from, List<Cell> chosen, long sum, Map<Cell, Long> counts,
            Set<Long> sums) {
        sums.add(sum);
        for (int i = from; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            if (chosen.stream().allMatch(cell::disjoint)) {
                chosen.add(cell);
                disjointSums(cells, i + 1, chosen, sum + counts.get(cell), counts, sums);
                chosen.remove(chosen.size() - 1);
            }
        }
    }
}
