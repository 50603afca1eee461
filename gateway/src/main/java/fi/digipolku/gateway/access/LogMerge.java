package fi.digipolku.gateway.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Merges the access logs of several services into one list, newest first: by time, then by service name, each
 * service's own order kept among equal times. Page {@code n} of the merge is the {@code n}-th slice of that one order,
 * so it needs the first {@code (n + 1) * size} entries of every service and no more.
 */
public final class LogMerge {

    /** One entry as a service reports it, with the service's name. */
    public record Entry(String service, Instant at, List<String> roles, List<String> teams, String actor,
            String action, String resource, String reason) {
    }

    private static final Comparator<Entry> NEWEST_FIRST = Comparator.comparing(Entry::at).reversed()
            .thenComparing(Entry::service);

    private LogMerge() {
    }

    /** How many of its newest entries each service must give for page {@code page} of the merge. */
    public static long needed(int page, int size) {
        return ((long) page + 1) * size;
    }

    /**
     * The page of the merge of the services' lists, each newest first as the service gave it (at least
     * {@link #needed} entries of each, or all it has).
     */
    public static List<Entry> page(Map<String, List<Entry>> byService, int page, int size) {
        List<Entry> all = new ArrayList<>();
        byService.values().forEach(all::addAll);
        all.sort(NEWEST_FIRST); // stable: equal times of one service keep that service's order
        long from = Math.min((long) page * size, all.size());
        return List.copyOf(all.subList((int) from, (int) Math.min(from + size, all.size())));
    }
}
