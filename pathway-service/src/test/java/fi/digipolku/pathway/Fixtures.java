package fi.digipolku.pathway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The demo pathways that ./platform loads, as mutable request bodies for tests. */
public final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    /** The 12-week weight-management coaching (professional pathway of weight-team). */
    public static Map<String, Object> weightManagement() {
        return demo("weight-management.json");
    }

    /** The bone-health pathway with a scored risk test (professional pathway of osteoporosis-team). */
    public static Map<String, Object> boneHealth() {
        return demo("bone-health.json");
    }

    /** The 6-week youth sleep-and-mood self-care pathway. */
    public static Map<String, Object> youthSleep() {
        return demo("youth-sleep.json");
    }

    private static Map<String, Object> demo(String file) {
        try {
            return JSON.readValue(Files.readString(Path.of("..", "stack", "demo", file)), new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
