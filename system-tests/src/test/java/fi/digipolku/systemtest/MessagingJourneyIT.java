package fi.digipolku.systemtest;

import static fi.digipolku.systemtest.Stack.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import fi.digipolku.messaging.promise.FinnishCalendar;
import fi.digipolku.messaging.promise.OpeningHours;
import fi.digipolku.messaging.promise.WorkingHours;
import fi.digipolku.messaging.promise.WorkingTime;

/**
 * A client writes to their care team through the gateway; the team's nurse hears of it on the live alert stream,
 * answers, and the first-response event on Kafka carries the response time in working time as the team's calendar
 * counts it. When the enrollment ends the thread closes.
 */
class MessagingJourneyIT {

    private static final String CLIENT_SUB = "00000000-0000-4000-8000-000000000001";

    @Test
    void aClientsMessageReachesTheNurseLiveAndTheReplyIsTimedInWorkingTime() throws Exception {
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(Stack.GATEWAY + "/api/v1/inbox/alerts"))
                        .header("Authorization", "Bearer " + Stack.token("nurse"))
                        .header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.statusCode()).isEqualTo(200);
        Iterator<String> alerts = stream.body().iterator();

        String definition = publishWeightManagement();
        String enrollment = as("nurse").contentType(ContentType.JSON)
                .body(Map.of("definitionId", definition, "clientSubject", CLIENT_SUB)).post("/api/v1/enrollments")
                .then().statusCode(201).extract().path("id");

        String key = UUID.randomUUID().toString();
        Map<String, Object> message = Map.of("enrollmentId", enrollment, "topic", "Ruokapäiväkirja",
                "body", "Miten merkitsen välipalat?");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> as("client").header("Idempotency-Key", key).contentType(ContentType.JSON)
                        .body(message).post("/api/v1/threads").statusCode() / 100 == 2);
        String thread = as("client").header("Idempotency-Key", key).contentType(ContentType.JSON).body(message)
                .post("/api/v1/threads").then().statusCode(200).extract().path("id");

        String alert = nextAlertAbout(alerts, thread);
        assertThat(alert).contains("event:contact").doesNotContain("välipalat");

        JsonPath waiting = as("nurse").get("/api/v1/threads/" + thread).then().statusCode(200)
                .body("awaitingReply", equalTo(true)).extract().jsonPath();
        Instant waitingSince = Instant.parse(waiting.getString("waitingSince"));
        Instant replyAt = Instant.parse(as("nurse").contentType(ContentType.JSON)
                .body(Map.of("body", "Merkitse ne omalle rivilleen.")).post("/api/v1/threads/" + thread + "/messages")
                .then().statusCode(201).extract().path("sentAt"));

        List<JsonNode> events = Stack.eventsOf("messaging-events", thread, 3);
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly("fi.digipolku.thread.opened",
                "fi.digipolku.message.sent", "fi.digipolku.message.sent", "fi.digipolku.thread.first-response");
        JsonNode first = events.get(3).get("data");
        assertThat(first.get("seconds").asLong()).isEqualTo(Duration.between(waitingSince, replyAt).toSeconds());
        assertThat(first.get("workingSeconds").asLong()).isEqualTo(expectedWorkingSeconds(waitingSince, replyAt));
        assertThat(first.get("withinPromise").asBoolean()).isTrue();
        assertThat(events.toString()).doesNotContain("välipalat").doesNotContain("riville");

        Stack.ifMatch("nurse", "/api/v1/enrollments/" + enrollment).post("/api/v1/enrollments/" + enrollment
                + "/complete").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(
                () -> "CLOSED".equals(as("client").get("/api/v1/threads/" + thread).then().extract().path("status")));
        as("client").contentType(ContentType.JSON).body(Map.of("body", "Vielä yksi kysymys"))
                .post("/api/v1/threads/" + thread + "/messages").then().statusCode(409);
        as("physio").get("/api/v1/threads/" + thread).then().statusCode(404);
    }

    private static String publishWeightManagement() {
        return Stack.publish(Stack.demoPathway("weight-management.json"), "Painonhallinta");
    }

    /** The working time the weight team's calendar counts from the start of the promise clock to the reply. */
    private static long expectedWorkingSeconds(Instant waitingSince, Instant replyAt) {
        JsonPath team = as("nurse").get("/api/v1/teams/weight-team").then().statusCode(200).extract().jsonPath();
        ZoneId zone = ZoneId.of(team.getString("workingHours.zone"));
        Set<DayOfWeek> days = team.getList("openingHours.days", String.class).stream().map(DayOfWeek::valueOf)
                .collect(Collectors.toSet());
        OpeningHours opening = new OpeningHours(days, LocalTime.parse(team.getString("openingHours.opens")),
                LocalTime.parse(team.getString("openingHours.closes")), zone);
        WorkingTime working = new WorkingTime(FinnishCalendar.shared(), new WorkingHours(
                LocalTime.parse(team.getString("workingHours.start")),
                LocalTime.parse(team.getString("workingHours.end")), zone));
        Instant clockStart = opening.nextOpening(waitingSince, FinnishCalendar.shared());
        return working.between(clockStart, replyAt).toSeconds();
    }

    /** The next alert that names the thread, as its "event:" and "data:" lines; other alerts are passed over. */
    private static String nextAlertAbout(Iterator<String> lines, String thread) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            StringBuilder event = new StringBuilder();
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.isEmpty()) {
                    if (event.indexOf(thread) >= 0) {
                        return event.toString();
                    }
                    event.setLength(0);
                } else if (line.startsWith("event:") || line.startsWith("data:")) {
                    event.append(line.replace(": ", ":")).append('\n');
                }
            }
            throw new AssertionError("the alert stream ended");
        }).get(30, TimeUnit.SECONDS);
    }
}
