package fi.digipolku.feedback.anonymisation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The result of anonymising one feedback text: the text with personal data replaced by {@link Category#marker()
 * markers}, and how many occurrences of each category were replaced.
 * <p>
 * The counts are the anonymiser's own monitoring record: they tell how much was removed, never what. The raw text is
 * not kept here, so logging or storing this record cannot leak it.
 *
 * @param text the anonymised text, safe to store
 * @param removed occurrences replaced per category; categories with nothing removed are absent
 */
public record Anonymised(String text, Map<Category, Integer> removed) {

    public Anonymised {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(removed, "removed");
        EnumMap<Category, Integer> copy = new EnumMap<>(Category.class);
        removed.forEach((category, count) -> {
            if (count < 0) {
                throw new IllegalArgumentException("negative count for " + category);
            }
            if (count > 0) {
                copy.put(category, count);
            }
        });
        removed = Collections.unmodifiableMap(copy);
    }

    /** How many occurrences of {@code category} were replaced (0 when none). */
    public int removed(Category category) {
        return removed.getOrDefault(category, 0);
    }

    /** How many occurrences were replaced in all. */
    public int totalRemoved() {
        return removed.values().stream().mapToInt(Integer::intValue).sum();
    }
}
