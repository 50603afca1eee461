package fi.digipolku.systemtest;

import static fi.digipolku.systemtest.Stack.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Two people change the same thing through the gateway: every change must name the version it read (If-Match), a
 * change made on an old version is refused with 412 and changes nothing, one without If-Match is 428, and a reader who
 * already has the current version gets 304 without a body.
 */
class ConcurrencyIT {

    private static final String CLIENT_SUB = "00000000-0000-4000-8000-000000000001";

    @Test
    void anEnrollmentChangedInBetweenIsNotDiscontinuedOnTheOldVersion() {
        String definition = Stack.publish(Stack.demoPathway("weight-management.json"), "Samanaikaisuus");
        String enrollment = Stack.startFor("nurse", definition, CLIENT_SUB);
        String path = "/api/v1/enrollments/" + enrollment;
        String read = as("nurse").get(path).then().statusCode(200).extract().header("ETag");
        assertThat(read).matches("\"\\d+\"");
        as("nurse").header("If-None-Match", read).get(path).then().statusCode(304);

        // Meanwhile the client records a weight: the enrollment's activity, and so its version, moves on.
        Stack.record("client", enrollment, "weight", Map.of("values", Map.of("value", 81.0)));
        Response current = as("nurse").header("If-None-Match", read).get(path);
        assertThat(current.statusCode()).isEqualTo(200);
        assertThat(current.header("ETag")).isNotEqualTo(read);

        Map<String, String> reason = Map.of("reason", "Siirtyi toiselle alueelle");
        assertProblem(as("nurse").contentType(ContentType.JSON).body(reason).post(path + "/discontinue"), 428);
        assertProblem(as("nurse").header("If-Match", read).contentType(ContentType.JSON).body(reason)
                .post(path + "/discontinue"), 412);
        assertThat(as("nurse").get(path).then().extract().<String>path("status")).isEqualTo("ACTIVE");

        Response discontinued = as("nurse").header("If-Match", current.header("ETag")).contentType(ContentType.JSON)
                .body(reason).post(path + "/discontinue");
        assertThat(discontinued.statusCode()).isEqualTo(200);
        assertThat(discontinued.<String>path("status")).isEqualTo("DISCONTINUED");
        assertThat(discontinued.header("ETag")).isNotEqualTo(current.header("ETag"));
    }

    @Test
    void aThreadClaimedOnAnOldVersionIsRefused() {
        String definition = Stack.publish(Stack.demoPathway("weight-management.json"), "Samanaikaisuus, viestit");
        String enrollment = Stack.startFor("nurse", definition, CLIENT_SUB);
        String key = UUID.randomUUID().toString();
        Map<String, Object> open = Map.of("enrollmentId", enrollment, "topic", "Kysymys", "body", "Hei");
        await().atMost(Duration.ofSeconds(30)).until(() -> as("client").header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(open).post("/api/v1/threads").statusCode() / 100 == 2);
        String thread = as("client").header("Idempotency-Key", key).contentType(ContentType.JSON).body(open)
                .post("/api/v1/threads").then().extract().path("id");
        String path = "/api/v1/threads/" + thread;
        String read = as("nurse").get(path).then().statusCode(200).extract().header("ETag");

        as("client").contentType(ContentType.JSON).body(Map.of("body", "Vielä yksi asia"))
                .post(path + "/messages").then().statusCode(201);

        assertProblem(as("nurse").post(path + "/claim"), 428);
        assertProblem(as("nurse").header("If-Match", read).post(path + "/claim"), 412);
        Response claimed = Stack.ifMatch("nurse", path).post(path + "/claim");
        assertThat(claimed.statusCode()).isEqualTo(200);
        assertThat(claimed.header("ETag")).isNotBlank();
    }

    @Test
    void aTeamsSettingsNeedTheVersionRead() throws Exception {
        String path = "/api/v1/teams/weight-team";
        String settings = Files.readString(new File(Stack.root(), "stack/demo/teams/weight-team.json").toPath());
        Response team = as("admin").get(path);
        assertThat(team.statusCode()).isEqualTo(200);
        as("admin").header("If-None-Match", team.header("ETag")).get(path).then().statusCode(304);
        assertProblem(as("admin").contentType(ContentType.JSON).body(settings).put(path), 428);
        assertProblem(as("admin").header("If-Match", "\"999999\"").contentType(ContentType.JSON).body(settings)
                .put(path), 412);
        assertThat(as("admin").get(path).header("ETag")).isEqualTo(team.header("ETag"));
    }

    private static void assertProblem(Response response, int status) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
