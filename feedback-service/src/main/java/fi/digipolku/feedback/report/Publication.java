package fi.digipolku.feedback.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
 * report: the groups (answers per cell), the counts each figure is computed from (promoters, passives, detractors and
 * answers without an NPS for the score; answers per NPS value for the distribution; answers per value of the CES and of
 * each statement, and those without, for a mean), the open answers (with and without a text), and the words and
 * themes of the texts (texts mentioning and not mentioning each).
 *
 * <p>
 * Each answer counts in the nine cells it falls in (organisation, team and pathway, times its year, quarter and
 * month). A figure is shown only where its counts are, and its counts are decided by the same rule as the groups, with
 * the cells whose group is withheld withheld too, so no figure can be subtracted out of a team's and a pathway's
 * figures either. Pure; build it from all answers of the ended periods, never from one caller's share, so that every
 * caller sees the same decisions.
 */
public final class Publication {

    private final Map<Cell, List<Answer>> answers = new HashMap<>();
    private final Set<Cell> groups;
    private final Set<Cell> withheld;
    private final Set<Cell> categories;
    private final Set<Cell> distributions;
    private final Map<String, Set<Cell>> means = new HashMap<>();
    private final Set<Cell> texts;
    private final Map<Cell, Long> textCounts = new HashMap<>();
    /** The open answers' mentions and the cells that may show each word's or theme's split, for one digest. */
    private OpenAnswers digest;
    private Map<Answer, OpenAnswers.Mentions> mentions;
    private final Map<String, Set<Cell>> mentionSplits = new HashMap<>();

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

    private static final int CES_VALUES = Answer.CES_MAX - Answer.CES_MIN + 1;
    private static final int STATEMENT_VALUES = Answer.STATEMENT_MAX - Answer.STATEMENT_MIN + 1;

    private Publication(List<Row> rows, LocalDate lastEnded) {
        Map<Cell, Long> counts = new HashMap<>();
        Map<Cell, long[]> values = new HashMap<>(); // NPS 0…10, then answers without an NPS
        Map<Cell, long[]> ces = new HashMap<>(); // CES 1…7, then answers without a CES
        Map<String, Map<Cell, long[]>> statements = new HashMap<>(); // 1…5, then answers without the statement
        for (Row row : rows) {
            Objects.requireNonNull(row, "row");
            Answer answer = row.answer();
            for (Cell cell : cells(row, lastEnded)) {
                answers.computeIfAbsent(cell, k -> new ArrayList<>()).add(answer);
                counts.merge(cell, 1L, Long::sum);
                values.computeIfAbsent(cell, k -> new long[Answer.NPS_MAX + 2])[answer.nps() == null
                        ? Answer.NPS_MAX + 1
                        : answer.nps()]++;
                ces.computeIfAbsent(cell, k -> new long[CES_VALUES + 1])[answer.ces() == null
                        ? CES_VALUES
                        : answer.ces() - Answer.CES_MIN]++;
                answer.statements().forEach((key, value) -> statements.computeIfAbsent(key, k -> new HashMap<>())
                        .computeIfAbsent(cell, k -> new long[STATEMENT_VALUES + 1])[value - Answer.STATEMENT_MIN]++);
                if (answer.openText() != null && !answer.openText().isBlank()) {
                    textCounts.merge(cell, 1L, Long::sum);
                }
            }
        }
        groups = Disclosure.published(counts);
        withheld = new HashSet<>(counts.keySet());
        withheld.removeAll(groups);

        // Each figure is shown only with the counts it is computed from, and those split the group.
        Map<Cell, long[]> byCategory = new HashMap<>();
        values.forEach((cell, v) -> byCategory.put(cell, categories(v)));
        categories = Disclosure.partitionsShown(byCategory, withheld);
        Set<Cell> withoutCategories = new HashSet<>(counts.keySet());
        withoutCategories.removeAll(categories);
        distributions = Disclosure.partitionsShown(values, withoutCategories);
        means.put(FeedbackSummary.CES_FIGURE, Disclosure.partitionsShown(ces, withheld));
        statements.forEach((key, perCell) -> {
            Map<Cell, long[]> parts = new HashMap<>();
            counts.forEach((cell, count) -> {
                long[] own = perCell.getOrDefault(cell, new long[STATEMENT_VALUES + 1]).clone();
                own[STATEMENT_VALUES] = count - Arrays.stream(own).sum();
                parts.put(cell, own);
            });
            means.put(key, Disclosure.partitionsShown(parts, withheld));
        });
        // Answers with a text and answers without one split the group: both are shown or neither.
        texts = Disclosure.partitionsShown(split(counts.keySet(), cell -> textCounts.getOrDefault(cell, 0L), counts),
                withheld);
    }

    /** Each cell split into {@code part(cell)} answers and the rest of {@code totals(cell)}. */
    private static Map<Cell, long[]> split(Set<Cell> cells, java.util.function.ToLongFunction<Cell> part,
            Map<Cell, Long> totals) {
        Map<Cell, long[]> split = new HashMap<>();
        for (Cell cell : cells) {
            long in = part.applyAsLong(cell);
            split.put(cell, new long[]{in, totals.get(cell) - in});
        }
        return split;
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
            case FeedbackSummary.NPS_FIGURE -> categories.contains(cell);
            case FeedbackSummary.DISTRIBUTION_FIGURE -> distributions.contains(cell);
            default -> means.getOrDefault(figure, Set.of()).contains(cell);
        });
    }

    /**
     * The digest of the cell's open answers, or a suppressed digest when the rule withholds it. Each word used by at
     * least {@link Suppression#MIN_ANSWERS} of the cell's answers, and each theme, splits the texts into those that
     * mention it and those that do not; its count is shown only where {@link Disclosure#partitionsShown} allows that
     * split, decided once over every cell like the other figures.
     */
    public synchronized OpenAnswers.Report openAnswers(Cell cell, OpenAnswers digest) {
        if (!texts.contains(cell)) {
            return OpenAnswers.Report.SUPPRESSED;
        }
        Map<Answer, OpenAnswers.Mentions> mentioned = mentions(digest);
        Map<String, Long> wordUses = new HashMap<>();
        Map<String, Long> themeUses = new HashMap<>();
        for (Answer answer : answers.get(cell)) {
            OpenAnswers.Mentions m = mentioned.get(answer);
            if (m != null) {
                m.words().forEach(word -> wordUses.merge(word, 1L, Long::sum));
                m.themes().forEach(theme -> themeUses.merge(theme, 1L, Long::sum));
            }
        }
        Map<String, Long> words = new HashMap<>();
        wordUses.forEach((word, uses) -> {
            if (!Suppression.suppressed(uses)
                    && splitShown("word " + word, m -> m.words().contains(word)).contains(cell)) {
                words.put(word, uses);
            }
        });
        Map<String, Long> themes = new HashMap<>();
        for (String theme : digest.themeKeys()) {
            themes.put(theme, splitShown("theme " + theme, m -> m.themes().contains(theme)).contains(cell)
                    ? themeUses.getOrDefault(theme, 0L)
                    : null);
        }
        return digest.report(textCounts.getOrDefault(cell, 0L), words, themes);
    }

    /** What each open answer mentions, analysed once per digest. */
    private Map<Answer, OpenAnswers.Mentions> mentions(OpenAnswers with) {
        if (with != digest) {
            digest = Objects.requireNonNull(with, "digest");
            mentionSplits.clear();
            mentions = new IdentityHashMap<>();
            answers.values().forEach(list -> list.forEach(answer -> {
                if (!mentions.containsKey(answer)) {
                    mentions.put(answer, digest.mentions(answer.openText()));
                }
            }));
        }
        return mentions;
    }

    /** The cells that may show how many of their texts mention something and how many do not. */
    private Set<Cell> splitShown(String key, Predicate<OpenAnswers.Mentions> mentioned) {
        return mentionSplits.computeIfAbsent(key, k -> {
            Map<Cell, Long> uses = new HashMap<>();
            answers.forEach((cell, list) -> uses.put(cell, list.stream().map(mentions::get)
                    .filter(m -> m != null && mentioned.test(m)).count()));
            Set<Cell> withoutTexts = new HashSet<>(answers.keySet());
            withoutTexts.removeAll(texts);
            return Disclosure.partitionsShown(split(answers.keySet(), uses::get, textCounts0()), withoutTexts);
        });
    }

    /** Texts per cell, 0 where a cell has none. */
    private Map<Cell, Long> textCounts0() {
        Map<Cell, Long> all = new HashMap<>();
        answers.keySet().forEach(cell -> all.put(cell, textCounts.getOrDefault(cell, 0L)));
        return all;
    }

    /** True when the number of open answers of the cell (and what the anonymiser removed from them) may be shown. */
    public boolean textsPublished(Cell cell) {
        return texts.contains(cell);
    }
}
