package fi.digipolku.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The repository the manifests live in, and what the applications' own configuration says about them. */
final class Repo {

    /** The five applications; each is a Maven module and a Deployment of the same name. */
    static final List<String> APPS = List.of("gateway", "pathway-service", "messaging-service", "feedback-service",
            "metrics-service");

    static final Path ROOT = locateRoot();

    private Repo() {
    }

    private static Path locateRoot() {
        String configured = System.getProperty("digipolku.root", "");
        Path start = Path.of(configured.isBlank() ? "." : configured).toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("k8s")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no k8s/ directory in or above " + start + " (set -Ddigipolku.root)");
    }

    static Path k8s() {
        return ROOT.resolve("k8s");
    }

    /** The overlays: every directory under k8s/overlays with a kustomization.yaml. */
    static List<String> overlays() {
        try (Stream<Path> dirs = Files.list(k8s().resolve("overlays"))) {
            return dirs.filter(dir -> Files.isRegularFile(dir.resolve("kustomization.yaml")))
                    .map(dir -> dir.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The application's own application.properties. */
    static Properties appProperties(String module) {
        return properties(ROOT.resolve(module).resolve("src/main/resources/application.properties"));
    }

    /** The defaults every application shares (platform-web). */
    static Properties sharedProperties() {
        return properties(ROOT.resolve(SHARED_DEFAULTS.get(0)));
    }

    /** The shared defaults an application gets: platform-web's, and for a service also platform-data's. */
    static Properties sharedProperties(String module) {
        Properties shared = new Properties();
        for (String file : sharedDefaultFiles(module)) {
            shared.putAll(properties(ROOT.resolve(file)));
        }
        return shared;
    }

    /** The files of shared defaults an application gets, relative to the repository root. */
    static List<String> sharedDefaultFiles(String module) {
        return module.equals("gateway") ? SHARED_DEFAULTS.subList(0, 1) : SHARED_DEFAULTS;
    }

    private static final List<String> SHARED_DEFAULTS = List.of(
            "platform-web/src/main/resources/META-INF/microprofile-config.properties",
            "platform-data/src/main/resources/META-INF/microprofile-config.properties");

    /** The application's effective value of a key without profile: its own file, else the shared defaults. */
    static String config(String module, String key) {
        String own = appProperties(module).getProperty(key);
        return own != null ? own : sharedProperties(module).getProperty(key);
    }

    static int httpPort(String module) {
        return Integer.parseInt(appProperties(module).getProperty("quarkus.http.port"));
    }

    /** The version of the parent pom, which every module and image carries. */
    static String projectVersion() {
        String pom = read(ROOT.resolve("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>digipolku-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        if (!m.find()) {
            throw new IllegalStateException("no version in pom.xml");
        }
        return m.group(1);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties properties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
