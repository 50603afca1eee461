package fi.digipolku.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class LogMergeTest {

    /**
     * Reading the merged log page after page gives every entry of every service exactly once, newest first, however
     * the services' entries interleave, and each page needs only the first {@code (page + 1) * size} of each service.
     */
    @Property(tries = 300)
    void pagesOfTheMergeAreSlicesOfOneNewestFirstOrder(@ForAll("logs") Map<String, List<LogMerge.Entry>> logs,
            @ForAll @IntRange(min = 1, max = 7) int size) {
        List<LogMerge.Entry> read = new ArrayList<>();
        int all = logs.values().stream().mapToInt(List::size).sum();
        for (int page = 0; page * size < all + size; page++) {
            long needed = LogMerge.needed(page, size);
            Map<String, List<LogMerge.Entry>> given = new TreeMap<>();
            logs.forEach((service, entries) -> given.put(service,
                    entries.subList(0, (int) Math.min(needed, entries.size()))));
            List<LogMerge.Entry> items = LogMerge.page(given, page, size);
            assertThat(items.size()).isLessThanOrEqualTo(size);
            read.addAll(items);
        }

        assertThat(read).hasSize(all);
        assertThat(read).isSortedAccordingTo(Comparator.comparing(LogMerge.Entry::at).reversed());
        logs.forEach((service, entries) -> assertThat(read.stream().filter(e -> e.service().equals(service)))
                .containsExactlyElementsOf(entries));
    }

    @Provide
    Arbitrary<Map<String, List<LogMerge.Entry>>> logs() {
        Arbitrary<List<Long>> times = Arbitraries.longs().between(0, 20).list().ofMaxSize(15);
        return Combinators.combine(times, times, times).as((a, b, c) -> {
            Map<String, List<LogMerge.Entry>> logs = new TreeMap<>();
            logs.put("feedback", service("feedback", a));
            logs.put("messaging", service("messaging", b));
            logs.put("pathway", service("pathway", c));
            return logs;
        });
    }

    /** A service's log as it answers it: newest first, equal times in the service's own order. */
    private static List<LogMerge.Entry> service(String name, List<Long> seconds) {
        List<LogMerge.Entry> entries = new ArrayList<>();
        for (int i = 0; i < seconds.size(); i++) {
            entries.add(new LogMerge.Entry(name, Instant.EPOCH.plusSeconds(seconds.get(i)), List.of("professional"),
                    List.of(), null, "read", name + "/" + i, "care"));
        }
        entries.sort(Comparator.comparing(LogMerge.Entry::at).reversed());
        return List.copyOf(entries);
    }
}
