package fi.digipolku.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Renders a kustomization with a real kustomize 5: {@code kustomize build}, else {@code kubectl kustomize} (kubectl
 * 1.27 or newer embeds kustomize 5). Both work offline. Without either the tests are skipped, except in CI
 * ({@code CI=true}), where they fail.
 */
final class Kustomize {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Pattern VERSION = Pattern.compile("v(\\d+)\\.(\\d+)\\.(\\d+)");
    private static final Map<String, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();
    private static volatile Optional<List<String>> command;

    private Kustomize() {
    }

    /** The objects of the overlay k8s/overlays/NAME, in kustomize's order. */
    static List<ObjectNode> overlay(String name) {
        return RENDERED.computeIfAbsent(name, n -> parse(build(Repo.k8s().resolve("overlays").resolve(n))));
    }

    /** The renderer's command line without the directory, e.g. [kubectl, kustomize]; empty when none is found. */
    static Optional<List<String>> command() {
        if (command == null) {
            command = find();
        }
        return command;
    }

    static String build(Path dir) {
        List<String> cmd = new ArrayList<>(command().orElseGet(Kustomize::missing));
        cmd.add(dir.toString());
        Result result = run(cmd);
        if (result.exit() != 0) {
            throw new AssertionError("kustomize failed on " + Repo.ROOT.relativize(dir) + ":\n" + result.err());
        }
        return result.out();
    }

    static List<ObjectNode> parse(String yaml) {
        List<ObjectNode> objects = new ArrayList<>();
        try (JsonParser parser = YAML.getFactory().createParser(yaml);
                MappingIterator<JsonNode> docs = YAML.readValues(parser, JsonNode.class)) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc instanceof ObjectNode object) {
                    objects.add(object);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return objects;
    }

    private static List<String> missing() {
        String message = "No kustomize 5 found: install kubectl 1.27 or newer (or kustomize 5) to render k8s/";
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(message);
        }
        Assumptions.abort(message);
        return List.of();
    }

    private static Optional<List<String>> find() {
        Optional<Result> kustomize = tryRun(List.of("kustomize", "version"));
        if (kustomize.isPresent() && major(kustomize.get().out()) >= 5) {
            return Optional.of(List.of("kustomize", "build"));
        }
        Optional<Result> kubectl = tryRun(List.of("kubectl", "version", "--client", "-o", "json"));
        if (kubectl.isPresent()) {
            Matcher m = Pattern.compile("\"kustomizeVersion\"\\s*:\\s*\"([^\"]+)\"").matcher(kubectl.get().out());
            if (m.find() && major(m.group(1)) >= 5) {
                return Optional.of(List.of("kubectl", "kustomize"));
            }
        }
        return Optional.empty();
    }

    private static int major(String version) {
        Matcher m = VERSION.matcher(version);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private record Result(int exit, String out, String err) {
    }

    private static Optional<Result> tryRun(List<String> cmd) {
        try {
            Result result = run(cmd);
            return result.exit() == 0 ? Optional.of(result) : Optional.empty();
        } catch (UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static Result run(List<String> cmd) {
        try {
            Path err = Files.createTempFile("kustomize", ".err");
            try {
                Process process = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
                process.getOutputStream().close();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new AssertionError("timed out: " + String.join(" ", cmd));
                }
                return new Result(process.exitValue(), out, Files.readString(err));
            } finally {
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
