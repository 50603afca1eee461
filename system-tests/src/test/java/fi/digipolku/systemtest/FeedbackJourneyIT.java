package fi.digipolku.systemtest;

import static fi.digipolku.systemtest.Stack.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Ten clients' answers to the national survey, through the gateway: each answer waits in a pool until ten of the
 * pathway have gathered and is then stored with the others, so no event appears before the tenth and ten appear after
 * it; an auditor reading the feedback database finds nothing that pairs a stored response with its request (no shared
 * transaction id, no request reference, no request day). Reports publish ended periods only.
 */
class FeedbackJourneyIT {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Test
    void answersAreStoredTenTogetherAndNothingStoredLinksThemToTheirRequests() throws Exception {
        String definition = Stack.publish(Stack.demoPathwayOpenToday("youth-sleep.json"), "Uni ja mieliala");

        List<String> requests = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            String enrollment = as("client").contentType(ContentType.JSON).body(Map.of("definitionId", definition))
                    .post("/api/v1/enrollments").then().statusCode(201).extract().path("id");
            // the required modules done, the self-care pathway completes and asks for feedback
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
            requests.add(request);
            if (i == 9) {
                // nine answers stay pooled: the local stack's pool looks every 2 s
                Thread.sleep(6_000);
                assertThat(stored(definition)).as("responses stored before the tenth answer").isEmpty();
            }
        }
        as("client").contentType(ContentType.JSON).body(Map.of("nps", 1))
                .post("/api/v1/feedback/requests/" + requests.get(9) + "/response").then().statusCode(409);

        // the tenth answer releases the pathway's ten: their events arrive (the reader waits up to a minute)
        List<JsonNode> submitted = Stack.eventsWhere("feedback-events",
                e -> e.get("type").asText().equals("fi.digipolku.feedback.submitted")
                        && e.at("/data/definitionId").asText().equals(definition),
                9);
        assertThat(submitted).hasSize(10);
        assertThat(submitted.toString()).doesNotContain("00000000-0000-4000-8000-000000000001", "Matti", "Nukun")
                .doesNotContain(requests);
        assertThat(submitted).extracting(e -> e.at("/data/nps").asInt()).containsOnly(10, 5);

        // the auditor: nothing in the database pairs a stored response with its request
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:5432/feedback", "feedback",
                "feedback-local")) {
            Set<String> requestXids = strings(db, "SELECT xmin::text FROM feedback_request WHERE id::text = ANY (?)",
                    (Object) requests.toArray(String[]::new));
            Set<String> responseXids = strings(db,
                    "SELECT xmin::text FROM feedback_response WHERE definition_id::text = ?", definition);
            assertThat(stored(definition)).hasSize(10);
            assertThat(requestXids).hasSize(10);
            assertThat(responseXids).as("the ten responses were written together").hasSize(1)
                    .doesNotContainAnyElementsOf(requestXids);
            assertThat(strings(db, """
                    SELECT column_name FROM information_schema.columns
                    WHERE table_name IN ('feedback_response', 'anonymiser_log')
                      AND column_name ~ '(request|client_(id|subject)|_at$)' AND column_name <> 'requested_on'""",
                    new Object[0])).as("response columns that could pair it with a request").isEmpty();
            assertThat(strings(db, "SELECT requested_on::text FROM feedback_response WHERE definition_id::text = ?"
                    + " AND requested_on IS NOT NULL", definition)).as("request days kept with responses").isEmpty();
            assertThat(strings(db, "SELECT 1 FROM response_pool WHERE definition_id::text = ?", definition))
                    .as("answers left in the pool").isEmpty();
        }

        // reports publish ended periods only: this month is not published yet
        String thisMonth = YearMonth.now(Clock.system(HELSINKI)).toString();
        as("analyst").get("/api/v1/feedback/reports/open-answers?definitionId=" + definition + "&period=" + thisMonth)
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(as("analyst").get("/api/v1/feedback/reports?definitionId=" + definition).then().statusCode(200)
                .extract().asString()).doesNotContain("\"answers\":10");
        as("client").get("/api/v1/feedback/reports?definitionId=" + definition).then().statusCode(403);
    }

    /** The ids of the responses stored for a pathway definition. */
    private static Set<String> stored(String definition) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:5432/feedback", "feedback",
                "feedback-local")) {
            return strings(db, "SELECT id::text FROM feedback_response WHERE definition_id::text = ?", definition);
        }
    }

    private static Set<String> strings(Connection db, String sql, Object... parameters) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof String[] array) {
                    statement.setArray(i + 1, db.createArrayOf("text", array));
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
            Set<String> values = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
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
}
