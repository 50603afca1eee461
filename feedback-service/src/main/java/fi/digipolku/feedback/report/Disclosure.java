package fi.digipolku.feedback.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which feedback figures may be published so that no combination of them reveals a group of fewer than
 * {@link Suppression#MIN_ANSWERS} answers.
 *
 * <p>
 * <b>Cells.</b> Every published figure belongs to a cell: a scope (the organisation, a care team, or one pathway of a
 * team) times a calendar span (a year, a quarter or a month). Scopes nest (organisation ⊃ team ⊃ pathway), spans nest
 * (year ⊃ quarter ⊃ month), so a cell contains every cell whose scope and span lie inside its own. The finest cells,
 * one pathway in one month, are the <em>atoms</em>: every cell is the sum of the atoms inside it.
 *
 * <p>
 * <b>The rule.</b> Anyone can add and subtract published figures in any combination: a team year minus a pathway
 * quarter minus some team months plus another pathway's half-year, and so on. What such a combination can reveal about
 * the answers is exactly what it says about the <em>classes</em> of atoms: two atoms are in the same class when they
 * lie in the same published cells, and no combination of published cells can tell them apart. Every group that can be
 * derived is therefore a union of whole classes. The rule is that every class has 0 or at least
 * {@link Suppression#MIN_ANSWERS} answers (atoms in no published cell aside, which nothing describes); then every
 * derivable group, alone or combined, has 0 or at least that many. This covers primary suppression (a published cell
 * of 1–9 answers contains a class of 1–9) and every complementary case (a team next to its pathways, a year next to its
 * months, mixed sums and differences across both hierarchies).
 *
 * <p>
 * <b>Parts.</b> A cell may show its answers split into parts (promoters, passives, detractors and answers without an
 * NPS; answers with and without an open text; those that use a word and those that do not). Then each part is a figure
 * of its own: every class has 0 or at least ten answers in every part, so no combination reveals a part of 1–9 either.
 * A cell shows all its parts or none.
 *
 * <p>
 * <b>How.</b> Cells are decided one at a time, in the order their spans end (a month before the quarter and the year
 * that end with it, a pathway before its team and the organisation). Publishing a cell splits each class into the atoms
 * inside the cell and those outside; the cell is published only when every piece keeps the rule, otherwise it is
 * withheld, never a cell decided before it. A cell's decision thus depends only on answers of periods that ended no
 * later than it: reports show only ended periods, whose answers never change, so a figure once published stays
 * published and a later report cannot be subtracted from an earlier one.
 *
 * <p>
 * Pure and stateless: the same counts give the same answer.
 */
public final class Disclosure {

    private Disclosure() {
    }

    /**
     * The published cells.
     *
     * @param counts answers per cell; a cell that is missing has no answers. Counts must add up: a cell's count is
     *        the sum over the atoms inside it (as when every answer is counted in every cell it falls in)
     * @param withheld cells that must not be published whatever their count (e.g. the figure of a group that is
     *        itself withheld)
     */
    public static Set<Cell> published(Map<Cell, Long> counts, Set<Cell> withheld) {
        Objects.requireNonNull(counts, "counts");
        Map<Cell, long[]> parts = new HashMap<>();
        counts.forEach((cell, count) -> parts.put(cell, new long[]{count}));
        return partitionsShown(parts, withheld);
    }

    /**
     * The cells whose answers may be shown split into parts, each answer of a cell in exactly one part: a cell is
     * shown when, with it and the cells shown before it published, every class of atoms has 0 or at least
     * {@link Suppression#MIN_ANSWERS} answers in every part.
     *
     * @param parts the parts of each cell, the same number for every cell; counts must add up over the atoms as for
     *        {@link #published}
     * @param withheld cells that must not show their parts whatever their counts (e.g. a withheld group)
     * @return the cells that show their parts
     */
    public static Set<Cell> partitionsShown(Map<Cell, long[]> parts, Set<Cell> withheld) {
        Objects.requireNonNull(parts, "parts");
        Objects.requireNonNull(withheld, "withheld");
        int width = parts.values().stream().mapToInt(p -> p.length).max().orElse(0);
        List<Cell> atoms = parts.keySet().stream().filter(Cell::atom).toList();
        Map<Cell, List<Integer>> inside = new HashMap<>();
        for (int atom = 0; atom < atoms.size(); atom++) {
            for (Cell cell : atoms.get(atom).around()) {
                inside.computeIfAbsent(cell, k -> new ArrayList<>()).add(atom);
            }
        }
        // Class 0 holds the atoms in no published cell yet; every other class is described by published cells.
        int[] classOf = new int[atoms.size()];
        List<long[]> classTotals = new ArrayList<>();
        classTotals.add(new long[width]);

        List<Cell> order = new ArrayList<>(parts.keySet());
        order.sort(DECISION_ORDER);
        Set<Cell> shown = new HashSet<>();
        for (Cell cell : order) {
            List<Integer> members = inside.getOrDefault(cell, List.of());
            if (withheld.contains(cell) || members.isEmpty()) {
                continue;
            }
            Map<Integer, long[]> pieces = new HashMap<>();
            for (int atom : members) {
                long[] sum = pieces.computeIfAbsent(classOf[atom], k -> new long[width]);
                long[] own = parts.get(atoms.get(atom));
                for (int part = 0; part < own.length; part++) {
                    sum[part] += own[part];
                }
            }
            boolean safe = true;
            for (Map.Entry<Integer, long[]> piece : pieces.entrySet()) {
                long[] total = classTotals.get(piece.getKey());
                for (int part = 0; part < width && safe; part++) {
                    long in = piece.getValue()[part];
                    safe = !small(in) && (piece.getKey() == 0 || !small(total[part] - in));
                }
            }
            if (!safe) {
                continue;
            }
            shown.add(cell);
            Map<Integer, Integer> split = new HashMap<>();
            for (Map.Entry<Integer, long[]> piece : pieces.entrySet()) {
                split.put(piece.getKey(), classTotals.size());
                classTotals.add(piece.getValue());
                long[] rest = classTotals.get(piece.getKey());
                for (int part = 0; part < width; part++) {
                    rest[part] -= piece.getValue()[part];
                }
            }
            for (int atom : members) {
                classOf[atom] = split.get(classOf[atom]);
            }
        }
        return shown;
    }

    /** The published cells, with nothing withheld in advance. */
    public static Set<Cell> published(Map<Cell, Long> counts) {
        return published(counts, Set.of());
    }

    /** 1–9 answers: a group too small to describe. */
    private static boolean small(long answers) {
        return answers > 0 && answers < Suppression.MIN_ANSWERS;
    }

    /** Periods in the order they end; within one end, months before quarters before years, pathways first. */
    private static final Comparator<Cell> DECISION_ORDER = Comparator.comparing((Cell c) -> c.span().last())
            .thenComparingInt(c -> -c.span().depth()).thenComparingInt(c -> -c.scope().depth())
            .thenComparing(c -> String.valueOf(c.scope().team()))
            .thenComparing(c -> String.valueOf(c.scope().definitionId()));

    /** A scope and a span: the answers of one group in one calendar period. */
    public record Cell(Scope scope, Span span) {

        public Cell {
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(span, "span");
        }

        /** True when every answer of {@code other} is also in this cell. */
        public boolean contains(Cell other) {
            return scope.contains(other.scope) && span.contains(other.span);
        }

        /** True for one pathway in one month, the finest cell. */
        public boolean atom() {
            return scope.depth() == 2 && span.length() == Period.MONTH;
        }

        /** This cell and every cell that contains it (nine for an atom). */
        public List<Cell> around() {
            List<Cell> cells = new ArrayList<>(9);
            for (Scope s = scope; s != null; s = s.parent()) {
                for (Span t = span; t != null; t = t.parent()) {
                    cells.add(new Cell(s, t));
                }
            }
            return cells;
        }

        /** True when no answer can be in both cells. */
        public boolean disjoint(Cell other) {
            return !scope.contains(other.scope) && !other.scope.contains(scope)
                    || !span.contains(other.span) && !other.span.contains(span);
        }
    }

    /**
     * The organisation (no team), a care team (no pathway) or one pathway of a team.
     *
     * @param team the care team, {@code null} for the whole organisation
     * @param definitionId the pathway definition, {@code null} for the whole team
     */
    public record Scope(String team, UUID definitionId) {

        public static final Scope ORGANISATION = new Scope(null, null);

        public Scope {
            if (team == null && definitionId != null) {
                throw new IllegalArgumentException("a pathway scope needs its team");
            }
        }

        public static Scope team(String team) {
            return new Scope(Objects.requireNonNull(team, "team"), null);
        }

        public static Scope pathway(String team, UUID definitionId) {
            return new Scope(Objects.requireNonNull(team, "team"), Objects.requireNonNull(definitionId, "pathway"));
        }

        /** 0 organisation, 1 team, 2 pathway. */
        public int depth() {
            return team == null ? 0 : definitionId == null ? 1 : 2;
        }

        /** The scope one level up, or {@code null} for the organisation. */
        public Scope parent() {
            return switch (depth()) {
                case 0 -> null;
                case 1 -> ORGANISATION;
                default -> team(team);
            };
        }

        public boolean contains(Scope other) {
            return team == null || team.equals(other.team) && (definitionId == null
                    || definitionId.equals(other.definitionId));
        }
    }

    /**
     * A calendar year, quarter or month.
     *
     * @param year the year
     * @param quarter 1–4, or 0 for the whole year
     * @param month 1–12 (within the quarter), or 0 for the whole quarter or year
     */
    public record Span(int year, int quarter, int month) {

        private static final Pattern YEAR = Pattern.compile("([1-9]\\d{3})");
        private static final Pattern QUARTER = Pattern.compile("([1-9]\\d{3})-Q([1-4])");
        private static final Pattern MONTH = Pattern.compile("([1-9]\\d{3})-(0[1-9]|1[0-2])");

        public Span {
            if (quarter < 0 || quarter > 4 || month < 0 || month > 12 || quarter == 0 && month != 0
                    || month != 0 && (month - 1) / 3 + 1 != quarter) {
                throw new IllegalArgumentException("no such span " + year + "/" + quarter + "/" + month);
            }
        }

        /** The span of the given length that a day falls in. */
        public static Span of(Period length, LocalDate day) {
            int quarter = (day.getMonthValue() - 1) / 3 + 1;
            return switch (length) {
                case YEAR -> new Span(day.getYear(), 0, 0);
                case QUARTER -> new Span(day.getYear(), quarter, 0);
                case MONTH -> new Span(day.getYear(), quarter, day.getMonthValue());
            };
        }

        public Period length() {
            return month != 0 ? Period.MONTH : quarter != 0 ? Period.QUARTER : Period.YEAR;
        }

        /** 0 year, 1 quarter, 2 month. */
        public int depth() {
            return length().ordinal();
        }

        public Span parent() {
            return month != 0 ? new Span(year, quarter, 0) : quarter != 0 ? new Span(year, 0, 0) : null;
        }

        public boolean contains(Span other) {
            return year == other.year && (quarter == 0 || quarter == other.quarter && (month == 0
                    || month == other.month));
        }

        public LocalDate first() {
            return month != 0
                    ? LocalDate.of(year, month, 1)
                    : quarter != 0 ? LocalDate.of(year, quarter * 3 - 2, 1) : LocalDate.of(year, 1, 1);
        }

        public LocalDate last() {
            LocalDate first = first();
            return switch (length()) {
                case MONTH -> first.plusMonths(1).minusDays(1);
                case QUARTER -> first.plusMonths(3).minusDays(1);
                case YEAR -> first.plusYears(1).minusDays(1);
            };
        }

        /** {@code 2026}, {@code 2026-Q2} or {@code 2026-05}, as reports show it. */
        public String label() {
            return length().label(first());
        }

        /** Reads a label as {@link #label()} writes it; {@code null} when it is none. */
        public static Span parse(String label) {
            if (label == null) {
                return null;
            }
            Matcher year = YEAR.matcher(label);
            Matcher quarter = QUARTER.matcher(label);
            Matcher month = MONTH.matcher(label);
            if (year.matches()) {
                return new Span(Integer.parseInt(year.group(1)), 0, 0);
            } else if (quarter.matches()) {
                return new Span(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)), 0);
            } else if (month.matches()) {
                int m = Integer.parseInt(month.group(2));
                return new Span(Integer.parseInt(month.group(1)), (m - 1) / 3 + 1, m);
            }
            return null;
        }
    }
}
