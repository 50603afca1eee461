package fi.digipolku.systemtest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Generates hostile requests for one operation of an OpenAPI document: path segments, query strings, headers, content
 * types and JSON bodies built from the operation's own request schema and then broken (wrong types, out-of-range and
 * huge values, unknown and missing fields, deep nesting, invalid UTF-8, truncation). Deterministic for a seed.
 */
final class Fuzz {

    /** One generated request: everything but the token. */
    record Request(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
    }

    static final List<String> STRINGS = HostileInputIT.STRINGS;
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json",
            "application/json; charset=utf-16", "application/json; charset=ebcdic", "text/plain",
            "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=",
            "application/xml", "application/fhir+json", "*/*", "application/json;;;", "ä/ö", "");
    private static final List<String> ACCEPTS = List.of("application/json", "text/csv", "application/xml",
            "text/event-stream", "application/fhir+xml", "*/*", "image/png", ";;", "application/json;q=x");

    private final JsonNode document;
    private final Random random;

    Fuzz(JsonNode document, long seed) {
        this.document = document;
        this.random = new Random(seed);
    }

    /** A hostile request for {@code method path} whose operation is {@code operation}. */
    Request next(String method, String path, JsonNode operation) {
        StringBuilder url = new StringBuilder();
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            url.append('/').append(segment.startsWith("{") ? pathValue() : segment);
        }
        if (random.nextInt(20) == 0) {
            url.append(pick(List.of("/", "//", "/..", "/%2e%2e/%2e%2e/q/metrics", "/;jsessionid=1", "/x%00")));
        }
        url.append(query(operation));
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        if (random.nextBoolean()) {
            headers.put("Idempotency-Key", random.nextBoolean() ? UUID.randomUUID().toString() : header());
        }
        if (random.nextInt(4) == 0) {
            headers.put("If-Match", random.nextBoolean() ? "\"" + random.nextInt(5) + "\"" : header());
        }
        if (random.nextInt(6) == 0) {
            headers.put("Digipolku-On-Behalf-Of", random.nextBoolean() ? UUID.randomUUID().toString() : header());
        }
        if (random.nextInt(4) == 0) {
            headers.put("Accept", pick(ACCEPTS));
        }
        if (random.nextInt(8) == 0) {
            headers.put("X-Request-Id", header());
        }
        byte[] body = null;
        if (method.equals("POST") || method.equals("PUT") || random.nextInt(30) == 0) {
            body = body(schemaOf(operation));
            headers.put("Content-Type", random.nextInt(4) == 0 ? pick(CONTENT_TYPES) : "application/json");
        }
        return new Request(method, url.toString(), headers, body);
    }

    private String pathValue() {
        return switch (random.nextInt(6)) {
            case 0 -> UUID.randomUUID().toString();
            case 1 -> new UUID(0, random.nextInt(3)).toString();
            case 2 -> Integer.toString(random.nextInt());
            default -> encode(pick(STRINGS));
        };
    }

    private String query(JsonNode operation) {
        List<String> names = new ArrayList<>();
        for (JsonNode parameter : resolve(operation.path("parameters"))) {
            JsonNode p = resolve(parameter);
            if (p.path("in").asText().equals("query")) {
                names.add(p.path("name").asText());
            }
        }
        names.add(pick(List.of("page", "size", "from", "to", "period", "_count", "x", "%00", "a[b]")));
        StringBuilder query = new StringBuilder();
        int count = random.nextInt(names.size() + 1);
        for (int i = 0; i < count; i++) {
            query.append(query.isEmpty() ? '?' : '&').append(encode(pick(names))).append('=').append(
                    switch (random.nextInt(5)) {
                        case 0 -> Integer.toString(random.nextInt(Integer.MAX_VALUE) - random.nextInt(1000));
                        case 1 -> "2026-" + random.nextInt(20) + "-" + random.nextInt(40);
                        case 2 -> UUID.randomUUID().toString();
                        default -> encode(pick(STRINGS));
                    });
        }
        if (random.nextInt(200) == 0) {
            query.append(query.isEmpty() ? '?' : '&').append("q=").append("x".repeat(9000));
        }
        return query.toString();
    }

    private String header() {
        String visible = pick(STRINGS).replaceAll("[^\\x21-\\x7E]", "");
        return visible.isEmpty() ? "x" : visible.substring(0, Math.min(300, visible.length()));
    }

    /** A body: mostly JSON from the schema, broken; sometimes not JSON at all, deeply nested or huge. */
    private byte[] body(JsonNode schema) {
        int kind = random.nextInt(100);
        if (kind < 3) {
            int depth = 2_000 + random.nextInt(20_000);
            return ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8);
        }
        if (kind < 4) {
            return ("{\"text\":\"" + "y".repeat(1_000_000 + random.nextInt(4_000_000)) + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
        }
        if (kind < 7) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            return bytes;
        }
        String json = value(schema, 0).toString();
        if (kind < 12 && !json.isEmpty()) {
            json = json.substring(0, random.nextInt(json.length()));
        }
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** A JSON value for a schema: usually of its shape, often with a wrong or extreme value. */
    private StringBuilder value(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        StringBuilder out = new StringBuilder();
        if (depth > 6 || random.nextInt(8) == 0) {
            return out.append(wrong());
        }
        String type = s.path("type").asText(s.has("properties") ? "object" : "");
        switch (type) {
            case "object" -> {
                out.append('{');
                List<String> names = new ArrayList<>();
                s.path("properties").fieldNames().forEachRemaining(names::add);
                if (random.nextInt(5) == 0) {
                    names.add(pick(List.of("__proto__", "constructor", "id", "createdAt", "clientSubject", "role")));
                }
                boolean first = true;
                for (String name : names) {
                    if (random.nextInt(4) == 0) {
                        continue;
                    }
                    out.append(first ? "" : ",").append(quote(name)).append(':')
                            .append(value(s.path("properties").path(name), depth + 1));
                    first = false;
                }
                JsonNode additional = s.path("additionalProperties");
                if (additional.isObject() && random.nextBoolean()) {
                    out.append(first ? "" : ",").append(quote(pick(STRINGS))).append(':')
                            .append(value(additional, depth + 1));
                }
                out.append('}');
            }
            case "array" -> {
                out.append('[');
                int n = depth == 0 && random.nextInt(10) == 0 ? 1_000 : random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    out.append(i == 0 ? "" : ",").append(value(s.path("items"), depth + 1));
                }
                out.append(']');
            }
            case "integer", "number" -> out.append(pick(List.of("0", "-1", "1", "7", "11", "2147483648",
                    "-9223372036854775809", "1e400", "0.5", "-0", "12345678901234567890")));
            case "boolean" -> out.append(random.nextBoolean());
            case "string" -> {
                Iterator<JsonNode> values = s.path("enum").elements();
                if (values.hasNext() && random.nextBoolean()) {
                    List<String> options = new ArrayList<>();
                    values.forEachRemaining(v -> options.add(v.asText()));
                    out.append(quote(pick(options)));
                } else if (s.path("format").asText().equals("uuid") && random.nextBoolean()) {
                    out.append(quote(UUID.randomUUID().toString()));
                } else if (s.path("format").asText().startsWith("date") && random.nextBoolean()) {
                    out.append(quote(pick(List.of("2026-02-30", "0000-01-01", "+999999999-12-31",
                            "2026-12-06T10:00:00Z", "2026-13-01T25:61:61+25:00", "1900-01-01"))));
                } else {
                    out.append(quote(pick(STRINGS)));
                }
            }
            default -> out.append(wrong());
        }
        return out;
    }

    private String wrong() {
        return pick(List.of("null", "true", "[]", "{}", "\"\"", "-1", "1e999", "\"\\ud800\"", "\"\\u0000\"",
                "[[[[[[[[[[]]]]]]]]]]", quote("x".repeat(70_000)), quote(pick(STRINGS))));
    }

    private JsonNode schemaOf(JsonNode operation) {
        for (JsonNode media : operation.path("requestBody").path("content")) {
            return media.path("schema");
        }
        return document.path("__none__");
    }

    /** Follows a local {@code $ref}. */
    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 10 && current.has("$ref"); hops++) {
            JsonNode target = document;
            for (String part : current.path("$ref").asText().substring(2).split("/")) {
                target = target.path(part);
            }
            current = target;
        }
        return current;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
