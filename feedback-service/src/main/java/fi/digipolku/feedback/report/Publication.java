package fi.digipolku.feedback.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;

import fi.digipolku.feedback.report.Disclosure.Cell;
import fi.digipolku.feedback.report.Disclosure.Scope;
import fi.digipolku.feedback.report.Disclosure.Span;

/**
 * Every feedback figure that may be published from a set of answers, decided once by {@link Disclosure} for every
 * report: the groups (answers per cell), each figure inside them (answers with an NPS, with a CES, with each
 * statement) and the open answers (texts per cell).
 *
 * <p>
 * Each answer counts in the nine cells it falls in (organisation, team and pathway, times its year, quarter and
 * month). A figure inside a group is decided by the same rule on its own base, with the cells whose group is withheld
 * withheld too, so a statement mean cannot be subtracted out of a team's and a pathway's means either. The digest of the
 * open answers is decided on the number of texts. Pure; build it from all answers of the ended periods, never from one
 * caller's share, so that every caller sees the same decisions.
 */
public final class Publication {

    private final Map<Cell, List<Answer>> answers = new HashMap<>();
    private final Set<Cell> groups;
    private final Map<String, Set<Cell>> figures = new HashMap<>();
    private final Set<Cell> texts;
    private final Map<Cell, Long> textCounts = new HashMap<>();
    private final Set<Cell> categories;
    private final Set<Cell> distributions;

    /**
     * One stored answer as reports see it.
     *
     * @param team the care team
     * @param definitionId the pathway definition
     * @param answeredOn the day the answer was recorded
     * @param answer the answers
     */
    public record Row(String team, UUID definitionId, LocalDate answeredOn, Answer answer) {
    }

    private Publication(List<Row> rows, LocalDate lastEnded) {
        Map<Cell, Long> counts = new HashMap<>();
        Map<String, Map<Cell, Long>> bases = new HashMap<>();
        Map<Cell, long[]> values = new HashMap<>(); // NPS 0…10, then answers without an NPS
        for (Row row : rows) {
            Objects.requireNonNull(row, "row");
            Answer answer = row.answer();
            for (Cell cell : cells(row, lastEnded)) {
                answers.computeIfAbsent(cell, k -> new ArrayList<>()).add(answer);
                counts.merge(cell, 1L, Long::sum);
                values.computeIfAbsent(cell, k -> new long[Answer.NPS_MAX + 2])[answer.nps() == null
                        ? Answer.NPS_MAX + 1
                        : answer.nps()]++;
                if (answer.nps() != null) {
                    bases.computeIfAbsent(FeedbackSummary.NPS_FIGURE, k -> new HashMap<>()).merge(cell, 1L, Long::sum);
                }
                if (answer.ces() != null) {
                    bases.computeIfAbsent(FeedbackSummary.CES_FIGURE, k -> new HashMap<>()).merge(cell, 1L, Long::sum);
                }
                for (String statement : answer.statements().keySet()) {
                    bases.computeIfAbsent(statement, k -> new HashMap<>()).merge(cell, 1L, Long::sum);
                }
                if (answer.openText() != null && !answer.openText().isBlank()) {
                    textCounts.merge(cell, 1L, Long::sum);
                }
            }
        }
        groups = Disclosure.published(counts);
        Set<Cell> withheld = new HashSet<>(counts.keySet());
        withheld.removeAll(groups);
        // A figure's base (answers with an NPS, a CES, a statement) and the answers without it split the group.
        bases.forEach((figure, base) -> {
            Map<Cell, long[]> split = new HashMap<>();
            counts.forEach((cell, count) -> {
                long with = base.getOrDefault(cell, 0L);
                split.put(cell, new long[]{with, count - with});
            });
            figures.put(figure, Disclosure.partitionsShown(split, withheld));
        });
        // Answers with a text and answers without one split the group: both are shown or neither.
        Map<Cell, long[]> textSplit = new HashMap<>();
        counts.forEach((cell, count) -> {
            long withText = textCounts.getOrDefault(cell, 0L);
            textSplit.put(cell, new long[]{withText, count - withText});
        });
        texts = Disclosure.partitionsShown(textSplit, withheld);

        Set<Cell> withoutNps = new HashSet<>(counts.keySet());
        withoutNps.removeAll(figures.getOrDefault(FeedbackSummary.NPS_FIGURE, Set.of()));
        Map<Cell, long[]> byCategory = new HashMap<>();
        values.forEach((cell, v) -> byCategory.put(cell, categories(v)));
        categories = Disclosure.partitionsShown(byCategory, withoutNps);
        Set<Cell> withoutCategories = new HashSet<>(counts.keySet());
        withoutCategories.removeAll(categories);
        distributions = Disclosure.partitionsShown(values, withoutCategories);
    }

    /** Promoters, passives, detractors and answers without an NPS, from the answers per NPS value and without. */
    private static long[] categories(long[] values) {
        long[] parts = new long[4];
        for (int value = 0; value <= Answer.NPS_MAX; value++) {
            int category = value >= FeedbackSummary.PROMOTER_MIN ? 0 : value > FeedbackSummary.DETRACTOR_MAX ? 1 : 2;
            parts[category] += values[value];
        }
        parts[3] = values[Answer.NPS_MAX + 1];
        return parts;
    }

    /**
     * The publication of these answers in the periods that have ended by {@code lastEnded}: a quarter or year still
     * running is not a cell, so it is neither shown nor counted on for a decision.
     */
    public static Publication of(List<Row> rows, LocalDate lastEnded) {
        return new Publication(List.copyOf(rows), Objects.requireNonNull(lastEnded, "lastEnded"));
    }

    /** The cells (up to nine) an answer counts in: organisation, team and pathway, times each ended span it is in. */
    static List<Cell> cells(Row row, LocalDate lastEnded) {
        List<Cell> cells = new ArrayList<>(9);
        for (Scope scope : List.of(Scope.ORGANISATION, Scope.team(row.team()),
                Scope.pathway(row.team(), row.definitionId()))) {
            for (Period length : Period.values()) {
                Span span = Span.of(length, row.answeredOn());
                if (!span.last().isAfter(lastEnded)) {
                    cells.add(new Cell(scope, span));
                }
            }
        }
        return cells;
    }

    /** The cells that have answers, in a stable order. */
    public Set<Cell> cells() {
        TreeSet<Cell> sorted = new TreeSet<>(java.util.Comparator
                .comparing((Cell c) -> String.valueOf(c.scope().team()))
                .thenComparing(c -> String.valueOf(c.scope().definitionId()))
                .thenComparing(c -> c.span().first())
                .thenComparingInt(c -> c.span().depth()));
        sorted.addAll(answers.keySet());
        return sorted;
    }

    /** True when the cell's group may be shown. */
    public boolean published(Cell cell) {
        return groups.contains(cell);
    }

    /** The figures of a cell as they may be shown: suppressed entirely, or with the figures the rule allows. */
    public FeedbackSummary summary(Cell cell, Long requestsSent) {
        if (!groups.contains(cell)) {
            return FeedbackSummary.withheld();
        }
        return FeedbackSummary.of(answers.get(cell), requestsSent, figure -> switch (figure) {
            case FeedbackSummary.CATEGORIES_FIGURE -> categories.contains(cell);
            case FeedbackSummary.DISTRIBUTION_FIGURE -> distributions.contains(cell);
            default -> figures.getOrDefault(figure, Set.of()).contains(cell);
        });
    }

    /**
     * The digest of the cell's open answers, or a suppressed digest when the rule withholds it. Each word used by at
     * least {@link Suppression#MIN_ANSWERS} of the cell's answers, and each theme, splits the texts into those that
     * mention it and those that do not; its count is shown only where {@link Disclosure#partitionsShown} allows that
     * split, decided over the cell and the cells inside it (which is all its decision depends on).
     */
    public OpenAnswers.Report openAnswers(Cell cell, OpenAnswers digest) {
        if (!texts.contains(cell)) {
            return OpenAnswers.Report.SUPPRESSED;
        }
        Map<Answer, OpenAnswers.Mentions> mentions = new IdentityHashMap<>();
        Map<String, Long> wordUses = new HashMap<>();
        Map<String, Long> themeUses = new HashMap<>();
        for (Answer answer : answers.get(cell)) {
            OpenAnswers.Mentions m = digest.mentions(answer.openText());
            if (m != null) {
                mentions.put(answer, m);
                m.words().forEach(word -> wordUses.merge(word, 1L, Long::sum));
                m.themes().forEach(theme -> themeUses.merge(theme, 1L, Long::sum));
            }
        }
        List<Cell> inside = answers.keySet().stream().filter(cell::contains).toList();
        Set<Cell> withheld = new HashSet<>(inside);
        withheld.removeAll(texts);

        Map<String, Long> words = new HashMap<>();
        wordUses.forEach((word, uses) -> {
            if (!Suppression.suppressed(uses)
                    && splitShown(cell, inside, withheld, m -> m.words().contains(word), mentions)) {
                words.put(word, uses);
            }
        });
        Map<String, Long> themes = new HashMap<>();
        for (String theme : digest.themeKeys()) {
            themes.put(theme, splitShown(cell, inside, withheld, m -> m.themes().contains(theme), mentions)
                    ? themeUses.getOrDefault(theme, 0L)
                    : null);
        }
        return digest.report(textCounts.getOrDefault(cell, 0L), words, themes);
    }

    /** True when the cell may show how many of its texts mention something and how many do not. */
    private boolean splitShown(Cell cell, List<Cell> inside, Set<Cell> withheld,
            Predicate<OpenAnswers.Mentions> mentioned, Map<Answer, OpenAnswers.Mentions> mentions) {
        Map<Cell, long[]> parts = new HashMap<>();
        for (Cell c : inside) {
            long uses = answers.get(c).stream().map(mentions::get).filter(m -> m != null && mentioned.test(m))
                    .count();
            parts.put(c, new long[]{uses, textCounts.getOrDefault(c, 0L) - uses});
        }
        return Disclosure.partitionsShown(parts, withheld).contains(cell);
    }

    /** True when the number of open answers of the cell (and what the anonymiser removed from them) may be shown. */
    public boolean textsPublished(Cell cell) {
        return texts.contains(cell);
    }
}
