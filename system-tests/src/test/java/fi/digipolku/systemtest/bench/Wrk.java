package fi.digipolku.systemtest.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Load from wrk (a C load generator, so that the callers take little of the machine's CPU from what is measured): one
 * kind of call, round-robin over a list of paths, at a number of open connections for a while. Two wrk threads; each
 * connection sends its next call when the answer to the last has arrived.
 */
final class Wrk {

    private static final Path SCRIPT = script();

    private Wrk() {
    }

    /**
     * What a run did: calls per second, p50 and p99 in milliseconds, and every call that did not get the expected
     * status, by status (or "socket" for connections that failed).
     */
    record Result(double perSecond, double p50, double p99, Map<String, Integer> errors) {

        int errorCount() {
            return errors.values().stream().mapToInt(Integer::intValue).sum();
        }

        String line() {
            return String.format("%8.1f/s  p50 %6.2f ms  p99 %6.2f ms  errors %d%s", perSecond, p50, p99, errorCount(),
                    errors.isEmpty() ? "" : " " + errors);
        }
    }

    /** One kind of call for wrk: method, paths taken in turn, bearer token, body, and the answer expected. */
    record Calls(String method, List<String> paths, String token, String body, int expected) {

        static Calls get(List<String> paths, String token) {
            return new Calls("GET", paths, token, null, 200);
        }

        static Calls post(List<String> paths, String token, String body) {
            return new Calls("POST", paths, token, body, 201);
        }
    }

    /** Runs the calls against {@code base} on {@code connections} connections for {@code duration}. */
    static Result run(String base, Calls calls, int connections, Duration duration) throws IOException,
            InterruptedException {
        Path paths = Files.createTempFile("wrk-paths", ".txt");
        try {
            Files.write(paths, calls.paths());
            ProcessBuilder builder = new ProcessBuilder("wrk", "-t2", "-c" + connections,
                    "-d" + duration.toSeconds() + "s", "--timeout", "30s", "-s", SCRIPT.toString(), base)
                    .redirectErrorStream(true);
            builder.environment().put("CALLS_PATHS", paths.toString());
            builder.environment().put("CALLS_METHOD", calls.method());
            builder.environment().put("CALLS_TOKEN", calls.token());
            if (calls.body() != null) {
                builder.environment().put("CALLS_BODY", calls.body());
            }
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("wrk failed: " + output);
            }
            return parse(output, calls.expected());
        } finally {
            Files.deleteIfExists(paths);
        }
    }

    private static Result parse(String output, int expected) {
        Map<String, Integer> errors = new TreeMap<>();
        double[] figures = null;
        for (String line : output.split("\n")) {
            if (line.startsWith("STATUSES")) {
                for (String entry : line.substring("STATUSES".length()).trim().split(" ")) {
                    if (!entry.isEmpty() && !entry.startsWith(expected + "=")) {
                        String[] parts = entry.split("=");
                        errors.merge(parts[0], Integer.parseInt(parts[1]), Integer::sum);
                    }
                }
            } else if (line.startsWith("FIGURES")) {
                String[] parts = line.trim().split(" ");
                figures = new double[]{Double.parseDouble(parts[1]), Double.parseDouble(parts[2]),
                        Double.parseDouble(parts[3]), Double.parseDouble(parts[4])};
            }
        }
        if (figures == null) {
            throw new IllegalStateException("wrk printed no figures: " + output);
        }
        if (figures[3] > 0) {
            errors.merge("socket", (int) figures[3], Integer::sum);
        }
        return new Result(figures[0], figures[1], figures[2], errors);
    }

    private static Path script() {
        try (InputStream in = Wrk.class.getResourceAsStream("/bench/calls.lua")) {
            Path script = Files.createTempFile("wrk-calls", ".lua");
            Files.write(script, in.readAllBytes());
            script.toFile().deleteOnExit();
            return script;
        } catch (IOException e) {
            throw new IllegalStateException("the wrk script could not be written", e);
        }
    }
}
