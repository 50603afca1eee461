package fi.digipolku.gateway.access;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fi.digipolku.gateway.routing.GatewayConfig;

/**
 * The client's whole access log: every service's own log, asked in parallel with the client's token and merged newest
 * first. A service that does not answer is named in {@code unavailable} instead of failing the whole answer.
 */
@ApplicationScoped
public class AccessLogAggregator {

    /** One entry as a service reports it, with the service's name. */
    public record Entry(String service, String at, List<String> roles, List<String> teams, String actor,
            String action, String resource, String reason) {
    }

    /** A page of the merged log. */
    public record MergedLog(List<Entry> items, int page, int size, List<String> unavailable) {
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
        int needed = (page + 1) * size;
        Map<String, CompletableFuture<List<Entry>>> calls = new TreeMap<>();
        config.services().forEach((name, service) -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.url() + "/api/v1/access-log?size="
                    + Math.min(needed, 100))).timeout(config.requestTimeout()).GET();
            headers.forEach(request::header);
            calls.put(name, http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                    .thenApply(response -> entries(name, response)));
        });
        List<Entry> all = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        calls.forEach((name, call) -> {
            try {
                all.addAll(call.join());
            } catch (RuntimeException e) {
                unavailable.add(name);
            }
        });
        all.sort(Comparator.comparing(Entry::at).reversed().thenComparing(Entry::service));
        int from = Math.min(page * size, all.size());
        return new MergedLog(List.copyOf(all.subList(from, Math.min(from + size, all.size()))), page, size,
                unavailable);
    }

    private List<Entry> entries(String service, HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(service + " answered " + response.statusCode());
        }
        try {
            List<Map<String, Object>> rows = json.readValue(response.body(), new TypeReference<>() {
            });
            List<Entry> entries = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                entries.add(new Entry(service, String.valueOf(row.get("at")), strings(row.get("roles")),
                        strings(row.get("teams")), (String) row.get("actor"), (String) row.get("action"),
                        (String) row.get("resource"), (String) row.get("reason")));
            }
            return entries;
        } catch (Exception e) {
            throw new IllegalStateException(service + " answered something unreadable", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }
}
