package fi.digipolku.systemtest;

import static fi.digipolku.systemtest.Stack.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A client completes a self-care pathway through the gateway, gets the national survey and answers it; the analyst's
 * report stays suppressed until ten answers exist and then shows them.
 */
class FeedbackJourneyIT {

    @Test
    void answersReachTheAnalystOnlyOnceTenExist() {
        Map<String, Object> pathway = Stack.demoPathway("youth-sleep.json");
        pathway.put("name", Map.of("fi", "Uni ja mieliala " + UUID.randomUUID()));
        String definition = as("admin").contentType(ContentType.JSON).body(pathway)
                .post("/api/v1/pathway-definitions").then().statusCode(201).extract().path("id");
        as("admin").post("/api/v1/pathway-definitions/" + definition + "/publish").then().statusCode(200);

        String lastRequest = null;
        for (int i = 1; i <= 10; i++) {
            String enrollment = as("client").contentType(ContentType.JSON).body(Map.of("definitionId", definition))
                    .post("/api/v1/enrollments").then().statusCode(201).extract().path("id");
            // the required modules done, the self-care pathway completes
            Stack.record("client", enrollment, "sleep-basics", Map.of());
            Stack.record("client", enrollment, "mood-diary", Map.of("text", "Nukuin hyvin"));
            Stack.record("client", enrollment, "weekly-check", Map.of());
            Stack.record("client", enrollment, "end-check", Map.of("answers", Map.of("sleep-quality", 7)));
            String request = awaitRequest(definition);
            JsonPath survey = as("client").get("/api/v1/feedback/requests").then().extract().jsonPath();
            String surveyKey = survey.getString("find { it.id == '" + request + "' }.surveyKey");
            as("client").get("/api/v1/surveys/" + surveyKey).then().statusCode(200)
                    .body("content.items[0].key", equalTo("nps"));
            as("client").contentType(ContentType.JSON).body(Map.of("nps", i <= 7 ? 10 : 5, "statements",
                    Map.of("usefulness", 5), "openAnswer", "Nukun nyt paremmin, kiitos Matti Virtanen!"))
                    .post("/api/v1/feedback/requests/" + request + "/response").then().statusCode(204);
            lastRequest = request;
            if (i == 9) {
                JsonPath nine = report(definition);
                assertThat(nine.getBoolean("[0].summary.suppressed")).isTrue();
                assertThat((Object) nine.get("[0].summary.nps")).isNull();
            }
        }
        as("client").contentType(ContentType.JSON).body(Map.of("nps", 1))
                .post("/api/v1/feedback/requests/" + lastRequest + "/response").then().statusCode(409);

        JsonPath ten = report(definition);
        assertThat(ten.getBoolean("[0].summary.suppressed")).isFalse();
        assertThat(ten.getInt("[0].summary.answers")).isEqualTo(10);
        assertThat(ten.getDouble("[0].summary.nps")).isEqualTo(40.0);
        assertThat(ten.getDouble("[0].summary.statementMeans.usefulness")).isEqualTo(5.0);
        List<String> words = as("analyst").get("/api/v1/feedback/reports/open-answers?definitionId=" + definition)
                .then().statusCode(200).extract().jsonPath().getList("words.word", String.class);
        assertThat(words).contains("paremmin").doesNotContain("matti", "virtanen");
        as("client").get("/api/v1/feedback/reports?definitionId=" + definition).then().statusCode(403);
    }

    private static String awaitRequest(String definition) {
        String[] found = new String[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            found[0] = as("client").get("/api/v1/feedback/requests").then().statusCode(200).extract().jsonPath()
                    .getString("find { it.definitionId == '" + definition + "' }.id");
            return found[0] != null;
        });
        return found[0];
    }

    private static JsonPath report(String definition) {
        return as("analyst").get("/api/v1/feedback/reports?definitionId=" + definition).then().statusCode(200)
                .extract().jsonPath();
    }
}
