package fi.digipolku.support.http;

import java.util.List;
import java.util.function.Function;

/** One page of a list; {@code total} counts all items. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** Largest page a client may ask for. */
    public static final int MAX_SIZE = 100;
    public static final String DEFAULT_SIZE = "20";
    /** Largest page number a client may ask for: pages beyond it are refused with 400, never an overflowing offset. */
    public static final int MAX_PAGE = 10_000;

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
