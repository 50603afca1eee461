package fi.digipolku.feedback.response;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * When pooled answers may be stored, and in which order.
 *
 * <p>
 * Answers of one reporting group (a pathway of a care team) are released together, all of them at once, when at
 * least {@code minBatch} have gathered, or when the oldest has waited {@code maxWaitDays} days, so that none waits
 * forever. A released group is stored in random order, and the groups released together in random order too, so that
 * neither position on disk nor the order of ids or events follows the order in which clients answered. A group that is
 * not due stays in the pool whole.
 *
 * <p>
 * Pure apart from the given source of randomness.
 */
public final class Batching {

    private Batching() {
    }

    /**
     * An answer waiting in the pool.
     *
     * @param item what is stored
     * @param group the reporting group it belongs to
     * @param pooledOn the day it was pooled
     */
    public record Pooled<T>(T item, Object group, LocalDate pooledOn) {

        public Pooled {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(pooledOn, "pooledOn");
        }
    }

    /**
     * The batches due today, each one whole reporting group in random order, the batches in random order.
     *
     * @param minBatch answers of one group that are released together without waiting, at least 1
     * @param maxWaitDays days after which a group is released however few it has, at least 0
     */
    public static <T> List<List<T>> due(List<Pooled<T>> pooled, LocalDate today, int minBatch, long maxWaitDays,
            Random random) {
        if (minBatch < 1 || maxWaitDays < 0) {
            throw new IllegalArgumentException("minBatch must be at least 1 and maxWaitDays not negative");
        }
        Map<Object, List<Pooled<T>>> groups = new LinkedHashMap<>();
        for (Pooled<T> answer : pooled) {
            groups.computeIfAbsent(answer.group(), k -> new ArrayList<>()).add(answer);
        }
        LocalDate waitedEnough = today.minusDays(maxWaitDays);
        List<List<T>> batches = new ArrayList<>();
        for (List<Pooled<T>> group : groups.values()) {
            boolean full = group.size() >= minBatch;
            boolean waited = group.stream().anyMatch(answer -> !answer.pooledOn().isAfter(waitedEnough));
            if (full || waited) {
                List<T> batch = new ArrayList<>(group.stream().map(Pooled::item).toList());
                Collections.shuffle(batch, random);
                batches.add(batch);
            }
        }
        Collections.shuffle(batches, random);
        return batches;
    }
}
