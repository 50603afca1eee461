package fi.digipolku.feedback.report;

import java.math.BigInteger;
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
 * (year ⊃ quarter ⊃ month), so a cell contains every cell whose scope and span lie inside its own.
 *
 * <p>
 * <b>The rule.</b> A cell is published only when it has at least {@link Suppression#MIN_ANSWERS} answers
 * (primary suppression) and, for every set of disjoint published cells inside it, the answers it has beyond them are
 * either none or at least {@link Suppression#MIN_ANSWERS} (complementary suppression). So a team total next to its
 * pathways, a year next to its months, or a team year next to a pathway quarter and some team months never differ by
 * one to nine answers: whatever anyone subtracts, the rest is empty or a group of at least ten.
 *
 * <p>
 * <b>How.</b> Cells are decided from the finest to the coarsest (months before quarters before years, pathways before
 * teams before the organisation). When a cell would break the rule, the cell itself is withheld, never one of the
 * finer cells already decided. A cell's decision therefore depends only on its own and finer cells, which is what
 * makes it stable over time: reports show only ended periods, whose answers never change, so a figure once published
 * stays published and a later report cannot be subtracted from an earlier one. For each withheld cell the rule keeps
 * every sum of published cells that a disjoint family inside it can reach (as a bit set), so the check of a coarser
 * cell sees every way to cut it up (every family in this two-dimensional hierarchy can be reached by cutting along one
 * dimension at a time).
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
     *        the sum over its children in either dimension (as when every answer is counted in every cell it falls in)
     * @param withheld cells that must not be published whatever their count (e.g. the figure of a group that is
     *        itself withheld)
     */
    public static Set<Cell> published(Map<Cell, Long> counts, Set<Cell> withheld) {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(withheld, "withheld");
        Map<Cell, List<Cell>> scopeChildren = new HashMap<>();
        Map<Cell, List<Cell>> spanChildren = new HashMap<>();
        for (Cell cell : counts.keySet()) {
            if (cell.scope().parent() != null) {
                scopeChildren.computeIfAbsent(new Cell(cell.scope().parent(), cell.span()), k -> new ArrayList<>())
                        .add(cell);
            }
            if (cell.span().parent() != null) {
                spanChildren.computeIfAbsent(new Cell(cell.scope(), cell.span().parent()), k -> new ArrayList<>())
                        .add(cell);
            }
        }
        List<Cell> order = new ArrayList<>(counts.keySet());
        order.sort(Comparator.comparingInt((Cell c) -> -c.span().depth()).thenComparingInt(c -> -c.scope().depth()));

        Set<Cell> published = new HashSet<>();
        Map<Cell, BigInteger> reachable = new HashMap<>();
        for (Cell cell : order) {
            long count = counts.get(cell);
            BigInteger byScope = sums(scopeChildren.get(cell), reachable);
            BigInteger bySpan = sums(spanChildren.get(cell), reachable);
            boolean publish = !withheld.contains(cell) && !Suppression.suppressed(count)
                    && !leavesSmallRest(count, byScope) && !leavesSmallRest(count, bySpan);
            if (publish) {
                published.add(cell);
                reachable.put(cell, BigInteger.ONE.shiftLeft(Math.toIntExact(count)));
            } else {
                reachable.put(cell, byScope.or(bySpan));
            }
        }
        return published;
    }

    /**
     * The cells whose answers may be shown split into parts (promoters, passives, detractors and answers without an
     * NPS; or the answers that use a word and those that do not): each answer of a cell is in exactly one part.
     *
     * <p>
     * A cell shows all its parts or none. It shows them only when every part is 0 or {@linkplain #published published}
     * by the rule above for that part's own counts, with the cells that show no parts withheld. So no part is 1–9
     * answers; a shown total minus its shown parts is 0; and for each part, whatever disjoint shown cells anyone
     * subtracts from a shown cell, the rest is empty or at least ten answers. A cell that fails for one part withholds
     * them all and the decision is made again, until nothing changes (the withheld set only grows, so this ends).
     * As with {@link #published}, a cell's decision depends only on its own and finer cells.
     *
     * @param parts the parts of each cell, the same number for every cell; counts must add up over the cells as for
     *        {@link #published}
     * @param withheld cells that must not show their parts whatever their counts (e.g. a withheld group)
     * @return the cells that show their parts
     */
    public static Set<Cell> partitionsShown(Map<Cell, long[]> parts, Set<Cell> withheld) {
        Objects.requireNonNull(parts, "parts");
        int width = parts.values().stream().mapToInt(p -> p.length).max().orElse(0);
        Set<Cell> hidden = new HashSet<>(withheld);
        boolean changed = true;
        while (changed) {
            List<Set<Cell>> shownByPart = new ArrayList<>(width);
            for (int part = 0; part < width; part++) {
                Map<Cell, Long> counts = new HashMap<>();
                for (Map.Entry<Cell, long[]> cell : parts.entrySet()) {
                    long count = cell.getValue()[part];
                    if (count > 0) {
                        counts.put(cell.getKey(), count);
                    }
                }
                shownByPart.add(published(counts, hidden));
            }
            changed = false;
            for (Map.Entry<Cell, long[]> cell : parts.entrySet()) {
                if (hidden.contains(cell.getKey())) {
                    continue;
                }
                for (int part = 0; part < width; part++) {
                    if (cell.getValue()[part] > 0 && !shownByPart.get(part).contains(cell.getKey())) {
                        hidden.add(cell.getKey());
                        changed = true;
                        break;
                    }
                }
            }
        }
        Set<Cell> shown = new HashSet<>(parts.keySet());
        shown.removeAll(hidden);
        return shown;
    }

    /** The published cells, with nothing withheld in advance. */
    public static Set<Cell> published(Map<Cell, Long> counts) {
        return published(counts, Set.of());
    }

    /** True when some reachable sum leaves 1–9 answers of {@code count} uncovered. */
    private static boolean leavesSmallRest(long count, BigInteger sums) {
        for (long rest = 1; rest < Suppression.MIN_ANSWERS && rest <= count; rest++) {
            if (sums.testBit(Math.toIntExact(count - rest))) {
                return true;
            }
        }
        return false;
    }

    /** Every sum reachable by taking one reachable sum from each child (bit i set = sum i reachable). */
    private static BigInteger sums(List<Cell> children, Map<Cell, BigInteger> reachable) {
        BigInteger sums = BigInteger.ONE;
        if (children == null) {
            return sums;
        }
        for (Cell child : children) {
            BigInteger childSums = reachable.get(child);
            BigInteger next = BigInteger.ZERO;
            for (BigInteger rest = childSums; rest.signum() != 0; rest = rest.clearBit(rest.getLowestSetBit())) {
                next = next.or(sums.shiftLeft(rest.getLowestSetBit()));
            }
            sums = next;
        }
        return sums;
    }

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
