package fi.digipolku.gateway.access;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import fi.digipolku.gateway.routing.GatewayConfig;
import fi.digipolku.support.http.Page;

/**
 * The client's whole access log: every service's own log, asked in parallel with the client's token and merged newest
 * first ({@link LogMerge}); the total is the sum of the services' totals. A service that does not answer is named in
 * {@code unavailable} instead of failing the whole answer.
 */
@ApplicationScoped
public class AccessLogAggregator {

    /** A page of the merged log; {@code total} counts the entries of every service that answered. */
    public record MergedLog(List<LogMerge.Entry> items, int page, int size, long total, List<String> unavailable) {
    }

    /** A page as a service answers it. */
    record ServicePage(List<Row> items, long total) {
    }

    /** An entry as a service answers it. */
    record Row(Instant at, List<String> roles, List<String> teams, String actor, String action, String resource,
            String reason) {
    }

    /** What one service gave: its newest entries (as many as the page needs) and its total. */
    private record Answer(List<LogMerge.Entry> entries, long total) {
    }

    private final GatewayConfig config;
    private final ObjectMapper json;
    private final HttpClient http;

    public AccessLogAggregator(GatewayConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
    }

    public MergedLog merged(Map<String, String> headers, int page, int size) {
        long needed = LogMerge.needed(page, size);
        Map<String, CompletableFuture<Answer>> calls = new TreeMap<>();
        config.services().forEach((name, service) -> calls.put(name,
                fetch(name, service.url(), headers, needed, new ArrayList<>(), 0)));
        Map<String, List<LogMerge.Entry>> byService = new TreeMap<>();
        List<String> unavailable = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, CompletableFuture<Answer>> call : calls.entrySet()) {
            try {
                Answer answer = call.getValue().join();
                byService.put(call.getKey(), answer.entries());
                total += answer.total();
            } catch (CompletionException | CancellationException e) {
                unavailable.add(call.getKey());
            }
        }
        return new MergedLog(LogMerge.page(byService, page, size), page, size, total, unavailable);
    }

    /**
     * Reads a service's log a page at a time (pages of the needed count, at most the largest page a service gives)
     * until it has the needed entries or the service has no more.
     */
    private CompletableFuture<Answer> fetch(String name, URI base, Map<String, String> headers, long needed,
            List<LogMerge.Entry> got, int servicePage) {
        int chunk = (int) Math.min(needed, Page.MAX_SIZE);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/access-log?page="
                + servicePage + "&size=" + chunk)).timeout(config.requestTimeout()).GET();
        headers.forEach(request::header);
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).thenCompose(response -> {
            ServicePage answer = read(name, response);
            answer.items().forEach(row -> got.add(new LogMerge.Entry(name, row.at(), list(row.roles()),
                    list(row.teams()), row.actor(), row.action(), row.resource(), row.reason())));
            boolean more = answer.items().size() == chunk && got.size() < Math.min(needed, answer.total());
            return more
                    ? fetch(name, base, headers, needed, got, servicePage + 1)
                    : CompletableFuture.completedFuture(new Answer(List.copyOf(got), answer.total()));
        });
    }

    private ServicePage read(String service, HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(service + " answered " + response.statusCode());
        }
        try {
            ServicePage page = json.readValue(response.body(), ServicePage.class);
            if (page.items() == null || page.items().stream().anyMatch(row -> row == null || row.at() == null)) {
                throw new IllegalStateException(service + " answered a page without items or times");
            }
            return page;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(service + " answered something unreadable", e);
        }
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }
}
