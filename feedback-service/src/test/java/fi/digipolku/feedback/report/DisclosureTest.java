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
import fi.digipolku.feedback.report.Disclosure.Scope;
import fi.digipolku.feedback.report.Disclosure.Span;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The small-group rule over every published figure: nothing published under ten, and whatever disjoint published
 * cells anyone subtracts from a published cell, the rest is empty or at least ten answers.
 */
class DisclosureTest {

    private static final int YEAR = 2026;
    private static final List<String> TEAMS = List.of("team-a", "team-b");
    private static final List<UUID> PATHWAYS = List.of(new UUID(0, 1), new UUID(0, 2), new UUID(0, 3));

    /** Answers of one pathway of one team in one month. */
    record Group(int team, int pathway, int month, int answers) {
    }

    @Provide
    Arbitrary<List<Group>> groups() {
        return group().list().ofMinSize(1).ofMaxSize(14);
    }

    private static Arbitrary<Group> group() {
        Arbitrary<Integer> answers = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(1, 9)),
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(10, 25)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(26, 160)));
        return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 1), Arbitraries.integers().between(1, 6), answers)
                .as(Group::new);
    }

    /** Answers of one pathway of one team in one month that fall in one part (e.g. promoters or the others). */
    record PartGroup(Group group, int part) {
    }

    @Provide
    Arbitrary<List<PartGroup>> partGroups() {
        return net.jqwik.api.Combinators.combine(group(), Arbitraries.integers().between(0, 1)).as(PartGroup::new)
                .list().ofMinSize(1).ofMaxSize(14);
    }

    @Property(tries = 300)
    void noCombinationOfPublishedFiguresRevealsOneToNineAnswers(@ForAll("groups") List<Group> groups) {
        Map<Cell, Long> counts = counts(groups);
        assertNothingSmallDerivable(Disclosure.published(counts), counts);
    }

    @Property(tries = 300)
    void noCombinationOfShownPartsRevealsOneToNineAnswersOfAPart(@ForAll("partGroups") List<PartGroup> groups) {
        Map<Cell, long[]> parts = new HashMap<>();
        List<Map<Cell, Long>> byPart = List.of(new HashMap<>(), new HashMap<>());
        for (PartGroup g : groups) {
            counts(List.of(g.group())).forEach((cell, count) -> {
                parts.computeIfAbsent(cell, k -> new long[2])[g.part()] += count;
                byPart.get(g.part()).merge(cell, count, Long::sum);
            });
        }
        Set<Cell> shown = Disclosure.partitionsShown(parts, Set.of());
        for (Map<Cell, Long> part : byPart) {
            Map<Cell, Long> counts = new HashMap<>();
            parts.forEach((cell, p) -> counts.put(cell, part.getOrDefault(cell, 0L)));
            assertNothingSmallDerivable(shown, counts);
        }
    }

    /**
     * Exactly: no set of atoms whose answers any combination (sums and differences, any coefficients) of the shown
     * cells' counts gives has 1–9 answers. A set is given by a combination when its indicator vector lies in the span
     * of the shown cells' vectors, that is when it is orthogonal to their null space; every set is tried.
     */
    private static void assertNothingSmallDerivable(Set<Cell> shown, Map<Cell, Long> counts) {
        List<Cell> atoms = counts.keySet().stream().filter(Cell::atom).toList();
        int n = atoms.size();
        List<double[]> rows = new ArrayList<>();
        for (Cell cell : shown) {
            double[] row = new double[n];
            for (int j = 0; j < n; j++) {
                row[j] = cell.contains(atoms.get(j)) ? 1 : 0;
            }
            rows.add(row);
        }
        List<double[]> nullSpace = nullSpace(rows, n);
        double[] dots = new double[nullSpace.size()];
        long answers = 0;
        boolean[] in = new boolean[n];
        for (int step = 1; step < 1 << n; step++) {
            int atom = Integer.numberOfTrailingZeros(step);
            in[atom] = !in[atom];
            int sign = in[atom] ? 1 : -1;
            answers += sign * counts.get(atoms.get(atom));
            boolean derivable = true;
            for (int k = 0; k < dots.length; k++) {
                dots[k] += sign * nullSpace.get(k)[atom];
                derivable &= Math.abs(dots[k]) < 1e-9;
            }
            if (derivable && answers > 0 && answers < Suppression.MIN_ANSWERS) {
                List<Cell> group = new ArrayList<>();
                for (int j = 0; j < n; j++) {
                    if (in[j]) {
                        group.add(atoms.get(j));
                    }
                }
                throw new AssertionError(answers + " answers derivable from the shown cells " + shown + ": " + group);
            }
        }
    }

    /** A basis of the vectors orthogonal to every row (Gauss-Jordan elimination). */
    private static List<double[]> nullSpace(List<double[]> rows, int n) {
        double[][] m = rows.toArray(new double[0][]);
        int[] pivotOfColumn = new int[n];
        java.util.Arrays.fill(pivotOfColumn, -1);
        int rank = 0;
        for (int col = 0; col < n && rank < m.length; col++) {
            int best = rank;
            for (int r = rank; r < m.length; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[best][col])) {
                    best = r;
                }
            }
            if (Math.abs(m[best][col]) < 1e-9) {
                continue;
            }
            double[] swap = m[rank];
            m[rank] = m[best];
            m[best] = swap;
            double pivot = m[rank][col];
            for (int c = 0; c < n; c++) {
                m[rank][c] /= pivot;
            }
            for (int r = 0; r < m.length; r++) {
                if (r != rank && Math.abs(m[r][col]) > 0) {
                    double factor = m[r][col];
                    for (int c = 0; c < n; c++) {
                        m[r][c] -= factor * m[rank][c];
                    }
                }
            }
            pivotOfColumn[col] = rank++;
        }
        List<double[]> basis = new ArrayList<>();
        for (int free = 0; free < n; free++) {
            if (pivotOfColumn[free] >= 0) {
                continue;
            }
            double[] v = new double[n];
            v[free] = 1;
            for (int col = 0; col < n; col++) {
                if (pivotOfColumn[col] >= 0) {
                    v[col] = -m[pivotOfColumn[col]][free];
                }
            }
            basis.add(v);
        }
        return basis;
    }

    /** Every cell an answer of the groups counts in, with its count (cells of a pathway, team and organisation). */
    static Map<Cell, Long> counts(List<Group> groups) {
        Map<Cell, Long> counts = new HashMap<>();
        for (Group g : groups) {
            var day = java.time.LocalDate.of(YEAR, g.month(), 1);
            var row = new Publication.Row(TEAMS.get(g.team()), PATHWAYS.get(g.pathway()), day, null);
            for (Cell cell : Publication.cells(row, LocalDate.MAX)) {
                counts.merge(cell, (long) g.answers(), Long::sum);
            }
        }
        return counts;
    }

    @Property(tries = 300)
    void noPublishedFigureIsUnderTen(@ForAll("groups") List<Group> groups) {
        Map<Cell, Long> counts = counts(groups);
        assertThat(Disclosure.published(counts))
                .allSatisfy(cell -> assertThat(counts.get(cell)).isGreaterThanOrEqualTo(10));
    }

    @Property(tries = 300)
    void everyDifferenceOfContainedPublishedFiguresIsNoneOrAtLeastTen(@ForAll("groups") List<Group> groups) {
        Map<Cell, Long> counts = counts(groups);
        Set<Cell> published = Disclosure.published(counts);
        for (Cell outer : published) {
            List<Cell> inside = published.stream().filter(c -> !c.equals(outer) && outer.contains(c)).toList();
            // every pair: outer minus one inner cell
            for (Cell inner : inside) {
                assertThat(rest(counts.get(outer) - counts.get(inner))).as("%s − %s", outer, inner).isTrue();
            }
            // every chain: outer minus any set of disjoint inner cells (year minus eleven months, team minus pathways)
            Set<Long> sums = new HashSet<>();
            disjointSums(inside, 0, new ArrayList<>(), 0, counts, sums);
            for (long sum : sums) {
                assertThat(rest(counts.get(outer) - sum)).as("%s minus disjoint cells summing to %d", outer, sum)
                        .isTrue();
            }
        }
    }

    @Property(tries = 200)
    void aPublishedFigureNeverChangesWhenLaterMonthsEnd(@ForAll("groups") List<Group> groups) {
        int ended = 3;
        Map<Cell, Long> early = counts(groups.stream().filter(g -> g.month() <= ended).toList());
        Set<Cell> publishedThen = Disclosure.published(early);
        Set<Cell> publishedNow = Disclosure.published(counts(groups));
        for (Cell cell : early.keySet()) {
            if (cell.span().last().getMonthValue() <= ended && cell.span().last().getYear() == YEAR
                    && cell.span().length() != Period.YEAR) {
                assertThat(publishedNow.contains(cell)).as("%s", cell).isEqualTo(publishedThen.contains(cell));
            }
        }
    }

    @Property(tries = 200)
    void aWithheldCellStaysWithheld(@ForAll("groups") List<Group> groups) {
        Map<Cell, Long> counts = counts(groups);
        Cell team = new Cell(Scope.team(TEAMS.get(groups.get(0).team())), new Span(YEAR, 0, 0));
        assertThat(Disclosure.published(counts, Set.of(team))).doesNotContain(team);
    }

    @Example
    void aTeamNextToItsOneLargePathwayIsWithheldWhenTheirDifferenceIsOneSmallPathway() {
        Map<Cell, Long> counts = counts(List.of(new Group(0, 0, 1, 141), new Group(0, 1, 1, 9)));
        Set<Cell> published = Disclosure.published(counts);
        Span january = new Span(YEAR, 1, 1);
        assertThat(published).contains(new Cell(Scope.pathway("team-a", PATHWAYS.get(0)), january))
                .doesNotContain(new Cell(Scope.team("team-a"), january))
                .doesNotContain(new Cell(Scope.pathway("team-a", PATHWAYS.get(1)), january));
    }

    @Example
    void aTeamOf152NextToItsPathwayOf141IsShownWhenTheRestIsElevenAnswersOfSeveralPathways() {
        Map<Cell, Long> counts = counts(List.of(new Group(0, 0, 1, 141), new Group(0, 1, 1, 5),
                new Group(0, 2, 1, 6)));
        Set<Cell> published = Disclosure.published(counts);
        Span january = new Span(YEAR, 1, 1);
        assertThat(published).contains(new Cell(Scope.team("team-a"), january),
                new Cell(Scope.pathway("team-a", PATHWAYS.get(0)), january));
        assertThat(counts.get(new Cell(Scope.team("team-a"), january))).isEqualTo(152);
    }

    @Example
    void aYearIsWithheldWhenItsPublishedMonthsLeaveFewerThanTenAnswers() {
        List<Group> groups = new ArrayList<>();
        for (int month = 1; month <= 6; month++) {
            groups.add(new Group(0, 0, month, month == 6 ? 3 : 12));
        }
        Set<Cell> published = Disclosure.published(counts(groups));
        Scope pathway = Scope.pathway("team-a", PATHWAYS.get(0));
        assertThat(published).contains(new Cell(pathway, new Span(YEAR, 1, 0)), new Cell(pathway, new Span(YEAR, 2, 4)))
                .doesNotContain(new Cell(pathway, new Span(YEAR, 2, 6)), new Cell(pathway, new Span(YEAR, 2, 0)),
                        new Cell(pathway, new Span(YEAR, 0, 0)));
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
