package fi.digipolku.pathway;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;

import fi.digipolku.support.testing.TestTokens;

/** The demo pathways that ./platform loads, as mutable request bodies for tests, and publishing them. */
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

    /** Creates and publishes a definition as an admin; returns its id. */
    public static String published(Map<String, Object> content) {
        String admin = TestTokens.admin("admin-1");
        var created = given().auth().oauth2(admin).contentType(ContentType.JSON).body(content)
                .post("/api/v1/pathway-definitions").then().statusCode(201).extract();
        String id = created.path("id");
        given().auth().oauth2(admin).header("If-Match", created.header("ETag"))
                .post("/api/v1/pathway-definitions/" + id + "/publish").then().statusCode(200);
        return id;
    }

    /** The ETag of what {@code path} shows the holder of {@code token}: the If-Match of a change to it. */
    public static String etag(String token, String path) {
        return given().auth().oauth2(token).get(path).then().statusCode(200).extract().header("ETag");
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
