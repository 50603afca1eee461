package fi.digipolku.pathway.progress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import fi.digipolku.pathway.Fixtures;
import fi.digipolku.support.testing.Concurrently;
import fi.digipolku.support.testing.TestClock;
import fi.digipolku.support.testing.TestTokens;
import fi.digipolku.support.testing.events.OutboxEvents;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ProgressResourceTest {

    private static final String ON_BEHALF = "Digipolku-On-Behalf-Of";

    private final OutboxEvents events = new OutboxEvents();

    @Inject
    TestClock clock;

    private final String admin = TestTokens.admin("admin-1");
    private final String nurse = TestTokens.professional("nurse-1", "weight-team");
    private String client;
    private String clientToken;
    private String coaching;

    @BeforeEach
    void setUp() {
        client = "client-" + UUID.randomUUID();
        clientToken = TestTokens.client(client);
        Map<String, Object> weight = Fixtures.weightManagement();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> modules = (List<Map<String, Object>>) weight.get("modules");
        modules.add(Map.of("key", "lab", "type", "REMINDER", "dayOffset", 10, "title", Map.of("fi", "Labra"),
                "body", Map.of("fi", "Varaa aika laboratorioon.")));
        modules.add(Map.of("key", "private-notes", "type", "DIARY", "dayOffset", 0, "title",
                Map.of("fi", "Omat muistiinpanot"), "diary", Map.of("kind", "FREE", "visibility", "PRIVATE")));
        String definition = Fixtures.published(weight);
        coaching = given().auth().oauth2(nurse).contentType(ContentType.JSON)
                .body(Map.of("definitionId", definition, "clientSubject", client)).post("/api/v1/enrollments")
                .then().statusCode(201).extract().path("id");
        events.clear();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), TestClock.HELSINKI);
    }

    private ValidatableResponse record(String token, String enrollment, String module, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/enrollments/" + enrollment + "/modules/" + module + "/records").then();
    }

    @Test
    void aRecordReviewedByManyAtOnceIsReviewedOnce() throws Exception {
        String id = record(clientToken, coaching, "weight", Map.of("values", Map.of("value", 82.5))).statusCode(201)
                .extract().path("id");
        String other = TestTokens.professional("nurse-2", "weight-team");
        AtomicInteger callers = new AtomicInteger();
        AtomicInteger reviewedUpTo = new AtomicInteger();

        // three review the record, one reviews everything up to now, all at once
        List<Integer> statuses = Concurrently.statuses(4, () -> {
            int caller = callers.getAndIncrement();
            if (caller == 0) {
                var all = given().auth().oauth2(other).contentType(ContentType.JSON).body(Map.of())
                        .post("/api/v1/enrollments/" + coaching + "/records/review");
                reviewedUpTo.set(all.jsonPath().getInt("reviewed"));
                return all.statusCode();
            }
            return given().auth().oauth2(caller % 2 == 0 ? other : nurse)
                    .post("/api/v1/enrollments/" + coaching + "/records/" + id + "/review").statusCode();
        });

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200).count() - 1 + reviewedUpTo.get())
                .as("reviewed once, by one of them").isEqualTo(1);
        assertThat(events.ofType("record.reviewed")).hasSize(1);
    }

    @Test
    void aMeasurementIsCheckedAndItsEventKeepsTheValueOut() throws Exception {
        record(clientToken, coaching, "weight", Map.of("values", Map.of("value", 82.5))).statusCode(201)
                .body("payload.values.value", equalTo(82.5f)).body("payload.unit", equalTo("kg"))
                .body("payload.loinc", equalTo("29463-7")).body("flagged", equalTo(false));

        List<JsonNode> recorded = events.ofType("measurement.recorded");
        assertThat(recorded).hasSize(1);
        JsonNode data = recorded.get(0).get("data");
        assertThat(data.get("onSchedule").asBoolean()).isTrue();
        assertThat(data.get("outOfRange").asBoolean()).isFalse();
        assertThat(data.get("measurementType").asText()).isEqualTo("BODY_WEIGHT");
        assertThat(recorded.get(0).toString()).doesNotContain("82.5");
    }

    @Test
    void aValueBeyondTheAlertRangeRaisesAFlagAndAnImplausibleOneIsRefused() throws Exception {
        record(clientToken, coaching, "weight", Map.of("values", Map.of("value", 260))).statusCode(201)
                .body("flagged", equalTo(true));
        assertThat(events.ofType("flag.raised")).hasSize(1);

        record(clientToken, coaching, "weight", Map.of("values", Map.of("value", 400))).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("values.value"));
        record(clientToken, coaching, "weight", Map.of("values", Map.of("value", 80), "unit", "lb")).statusCode(400)
                .body("errors.field", hasItem("unit"));
        record(clientToken, coaching, "weight", Map.of()).statusCode(400).body("errors.field", hasItem("values"));
        record(clientToken, coaching, "weight", Map.of("values", Map.of("value", "heavy"))).statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aRetriedRecordingWithTheSameKeyIsStoredOnce() {
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(clientToken).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("values", Map.of("value", 90))).post("/api/v1/enrollments/" + coaching
                        + "/modules/waist/records")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(clientToken).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("values", Map.of("value", 90))).post("/api/v1/enrollments/" + coaching
                        + "/modules/waist/records")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("id", equalTo(first));

        given().auth().oauth2(clientToken).get("/api/v1/enrollments/" + coaching + "/records?module=waist").then()
                .statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(clientToken).contentType(ContentType.JSON).header("Idempotency-Key", "bad key!")
                .body(Map.of("values", Map.of("value", 90))).post("/api/v1/enrollments/" + coaching
                        + "/modules/waist/records")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void retriesSentBeforeTheFirstTryEndedAreStoredOnceAndReplayed() throws Exception {
        for (int round = 0; round < 5; round++) {
            String key = UUID.randomUUID().toString();
            List<Integer> statuses = Concurrently.statuses(3, () -> given().auth().oauth2(clientToken)
                    .contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(Map.of("values", Map.of("value", 91))).post("/api/v1/enrollments/" + coaching
                            + "/modules/waist/records")
                    .statusCode());
            assertThat(statuses).as("one stored, the others replayed, none refused").containsExactly(200, 200, 201);
        }
        given().auth().oauth2(clientToken).get("/api/v1/enrollments/" + coaching + "/records?module=waist").then()
                .statusCode(200).body("total", equalTo(5));
    }

    @Test
    void answersAreScoredOnTheServerAndNeverLeaveInEvents() throws Exception {
        record(clientToken, coaching, "start-questionnaire", Map.of("answers", Map.of("meals", 3, "activity", "some",
                "wellbeing", 7, "goals", "Haluan jaksaa paremmin"))).statusCode(201).body("score", equalTo(8.0f));
        JsonNode submitted = events.ofType("questionnaire.submitted").get(0);
        assertThat(submitted.get("data").get("score").asDouble()).isEqualTo(8.0);
        assertThat(submitted.toString()).doesNotContain("jaksaa", "\"some\"");

        record(clientToken, coaching, "start-questionnaire", Map.of("answers", Map.of("activity", "lots",
                "wellbeing", 11, "extra", 1))).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("answers.meals")).body("errors.field", hasItem("answers.activity"))
                .body("errors.field", hasItem("answers.wellbeing")).body("errors.field", hasItem("answers.extra"));
    }

    @Test
    void privateDiaryEntriesNeverReachTheTeam() {
        String shared = record(clientToken, coaching, "food-diary", Map.of("text", "Aamupuuroa")).statusCode(201)
                .extract().path("id");
        String own = record(clientToken, coaching, "private-notes", Map.of("text", "Vain minulle")).statusCode(201)
                .body("privateEntry", equalTo(true)).extract().path("id");
        record(clientToken, coaching, "food-diary", Map.of("text", " ")).statusCode(400)
                .body("errors.field", hasItem("text"));

        given().auth().oauth2(nurse).get("/api/v1/enrollments/" + coaching + "/records?size=100").then()
                .statusCode(200).body("items.id", hasItem(shared)).body("items.id", not(hasItem(own)));
        given().auth().oauth2(clientToken).get("/api/v1/enrollments/" + coaching + "/records?size=100").then()
                .statusCode(200).body("items.id", hasItem(own));
        given().auth().oauth2(TestTokens.professional("physio-1", "osteoporosis-team"))
                .get("/api/v1/enrollments/" + coaching + "/records").then().statusCode(404);
    }

    @Test
    void writingAPrivateEntryDoesNotShowTheTeamWhenItWasWritten() {
        record(clientToken, coaching, "food-diary", Map.of("text", "Aamupuuroa")).statusCode(201);
        String before = given().auth().oauth2(nurse).get("/api/v1/enrollments/" + coaching).then().statusCode(200)
                .extract().path("lastActivityAt");
        clock.advance(Duration.ofHours(5));

        record(clientToken, coaching, "private-notes", Map.of("text", "Vain minulle")).statusCode(201);

        given().auth().oauth2(nurse).get("/api/v1/enrollments/" + coaching).then().statusCode(200)
                .body("lastActivityAt", equalTo(before));
    }

    @Test
    void doingEveryRequiredModuleCompletesTheEnrollment() throws Exception {
        String selfCare = Fixtures.published(Fixtures.youthSleep());
        String enrollment = given().auth().oauth2(clientToken).contentType(ContentType.JSON)
                .body(Map.of("definitionId", selfCare)).post("/api/v1/enrollments").then().statusCode(201)
                .extract().path("id");

        record(clientToken, enrollment, "sleep-basics", Map.of()).statusCode(201);
        clock.advance(Duration.ofDays(7));
        record(clientToken, enrollment, "weekly-check", Map.of()).statusCode(201);
        String active = given().auth().oauth2(clientToken).get("/api/v1/enrollments/" + enrollment).then()
                .body("status", equalTo("ACTIVE")).extract().header("ETag");
        clock.advance(Duration.ofDays(33));
        record(clientToken, enrollment, "end-check", Map.of("answers", Map.of("sleep-quality", 8))).statusCode(201);

        given().auth().oauth2(clientToken).header("If-None-Match", active).get("/api/v1/enrollments/" + enrollment)
                .then().statusCode(200).body("status", equalTo("COMPLETED"));
        assertThat(events.ofType("content.viewed")).hasSize(1);
        assertThat(events.ofType("task.completed")).hasSize(1);
        assertThat(events.ofType("enrollment.completed")).anyMatch(e -> e.get("subject").asText().equals(enrollment));
        record(clientToken, enrollment, "sleep-basics", Map.of()).statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void nothingIsRecordedBeforeItsDaySoThePathwayCannotEndOnDayZero() throws Exception {
        LocalDate start = today();
        record(clientToken, coaching, "start-questionnaire", Map.of("answers", Map.of("meals", 3, "activity", "some",
                "wellbeing", 7))).statusCode(201);

        // the end questionnaire (day 77, the last required module) is refused on day 0, with its opening day
        String opensOn = start.plusDays(77).toString();
        record(clientToken, coaching, "end-questionnaire", Map.of("answers", Map.of("wellbeing", 8)))
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:digipolku:problem:conflict")).body("opensOn", equalTo(opensOn))
                .header("Content-Language", "fi")
                .body("detail", equalTo("Osio end-questionnaire avautuu " + opensOn
                        + " (Europe/Helsinki); siihen ei voi tehdä merkintöjä ennen sitä päivää."));
        given().auth().oauth2(clientToken).get("/api/v1/enrollments/" + coaching).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        assertThat(events.ofType("enrollment.completed")).isEmpty();
        assertThat(events.ofType("questionnaire.submitted")).hasSize(1);

        // instructions may be read ahead (day 7 on day 0)
        record(clientToken, coaching, "plate-model", Map.of()).statusCode(201);

        // the day before: still closed; on its day the answer is taken and the pathway completes
        clock.setHelsinki(start.plusDays(76).atTime(23, 59));
        record(clientToken, coaching, "end-questionnaire", Map.of("answers", Map.of("wellbeing", 8)))
                .statusCode(409).body("opensOn", equalTo(opensOn));
        clock.setHelsinki(start.plusDays(77).atTime(0, 1));
        record(clientToken, coaching, "end-questionnaire", Map.of("answers", Map.of("wellbeing", 8)))
                .statusCode(201);
        given().auth().oauth2(clientToken).get("/api/v1/enrollments/" + coaching).then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
    }

    @Test
    void aMeasurementIsNotRecordedBeforeItsScheduleStarts() {
        Map<String, Object> weight = Fixtures.weightManagement();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> modules = (List<Map<String, Object>>) weight.get("modules");
        modules.add(Map.of("key", "glucose", "type", "MEASUREMENT", "dayOffset", 0, "title", Map.of("fi", "Sokeri"),
                "measurement", Map.of("type", "BLOOD_GLUCOSE", "schedule", Map.of("everyNDays", 7, "fromDay", 14))));
        String definition = Fixtures.published(weight);
        String enrollment = given().auth().oauth2(nurse).contentType(ContentType.JSON)
                .body(Map.of("definitionId", definition, "clientSubject", client)).post("/api/v1/enrollments")
                .then().statusCode(201).extract().path("id");
        String token = clientToken;
        LocalDate start = today();

        record(token, enrollment, "glucose", Map.of("values", Map.of("value", 5.5))).statusCode(409)
                .body("opensOn", equalTo(start.plusDays(14).toString()));
        clock.advance(Duration.ofDays(14));
        record(token, enrollment, "glucose", Map.of("values", Map.of("value", 5.5))).statusCode(201);
        // a measurement dated before the schedule starts is refused even when recorded later
        record(token, enrollment, "glucose", Map.of("values", Map.of("value", 5.5), "measuredAt",
                start.plusDays(3).atTime(8, 0).atZone(TestClock.HELSINKI).toInstant().toString())).statusCode(409);
    }

    @Test
    void aGuardianAndTheChildNeverReadEachOthersPrivateEntries() {
        String child = "child-" + UUID.randomUUID();
        String childToken = TestTokens.client(child);
        String guardian = TestTokens.guardian("parent-" + child, child);
        String youth = Fixtures.published(Fixtures.youthSleep());
        String enrollment = given().auth().oauth2(childToken).contentType(ContentType.JSON)
                .body(Map.of("definitionId", youth)).post("/api/v1/enrollments").then().statusCode(201).extract()
                .path("id");
        String key = UUID.randomUUID().toString();

        String childs = given().auth().oauth2(childToken).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("text", "Vain minulle")).post("/api/v1/enrollments/" + enrollment
                        + "/modules/mood-diary/records")
                .then().statusCode(201).body("privateEntry", equalTo(true)).extract().path("id");
        // the guardian, acting for the child, with the same key, writes their own entry and gets nothing of the child's
        String guardians = given().auth().oauth2(guardian).header(ON_BEHALF, child).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(Map.of("text", "Huoltajan muistiinpano"))
                .post("/api/v1/enrollments/" + enrollment + "/modules/mood-diary/records").then().statusCode(201)
                .body("payload.text", equalTo("Huoltajan muistiinpano")).extract().path("id");
        assertThat(guardians).isNotEqualTo(childs);

        given().auth().oauth2(guardian).header(ON_BEHALF, child).get("/api/v1/enrollments/" + enrollment
                + "/records?size=100").then().statusCode(200).body("items.id", hasItem(guardians))
                .body("items.id", not(hasItem(childs))).body("total", equalTo(1))
                .body("toString()", not(org.hamcrest.Matchers.containsString("Vain minulle")));
        given().auth().oauth2(childToken).get("/api/v1/enrollments/" + enrollment + "/records?size=100").then()
                .statusCode(200).body("items.id", hasItem(childs)).body("items.id", not(hasItem(guardians)))
                .body("total", equalTo(1));
    }

    @Test
    void flagsArePagedWithATotalAndAHardMaximum() {
        for (int i = 0; i < 3; i++) {
            record(clientToken, coaching, "weight", Map.of("values", Map.of("value", 260 + i))).statusCode(201)
                    .body("flagged", equalTo(true));
        }
        String path = "/api/v1/enrollments/" + coaching + "/flags";
        given().auth().oauth2(nurse).get(path).then().statusCode(200).body("items", hasSize(3))
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(20));
        given().auth().oauth2(nurse).get(path + "?size=2&page=1").then().statusCode(200).body("items", hasSize(1))
                .body("total", equalTo(3));
        given().auth().oauth2(clientToken).get(path + "?size=2").then().statusCode(200).body("items", hasSize(2));
        given().auth().oauth2(nurse).get(path + "?size=101").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(nurse).get(path + "?page=-1").then().statusCode(400);
    }

    @Test
    void onlyTheClientRecordsAndOnlyRecordableModules() {
        record(nurse, coaching, "weight", Map.of("values", Map.of("value", 80))).statusCode(403)
                .contentType("application/problem+json");
        record(TestTokens.client("someone-else"), coaching, "weight", Map.of("values", Map.of("value", 80)))
                .statusCode(404);
        record(admin, coaching, "weight", Map.of("values", Map.of("value", 80))).statusCode(403);
        record(clientToken, coaching, "lab", Map.of()).statusCode(400).body("errors[0].field", equalTo("moduleKey"));
        record(clientToken, coaching, "no-such-module", Map.of()).statusCode(404)
                .contentType("application/problem+json");
        record(clientToken, UUID.randomUUID().toString(), "weight", Map.of()).statusCode(404);
        given().auth().oauth2(clientToken).contentType(ContentType.JSON).body("{\"values\":")
                .post("/api/v1/enrollments/" + coaching + "/modules/weight/records").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(clientToken).get("/api/v1/enrollments/" + coaching + "/records?size=0").then()
                .statusCode(400);
    }

    @Test
    void controlCharactersInAnyTextOfARecordAreRefusedNamingTheField() {
        record(clientToken, coaching, "food-diary", Map.of("text", "\u0000")).statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("urn:digipolku:problem:validation"))
                .body("errors.field", hasItem("text"));
        record(clientToken, coaching, "food-diary", Map.of("text", "Puuroa\u0007")).statusCode(400)
                .body("errors.field", hasItem("text"));
        record(clientToken, coaching, "start-questionnaire", Map.of("answers", Map.of("meals", 3, "activity", "some",
                "wellbeing", 7, "goals", "Liikkua\u0000"))).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("answers.goals"));
        record(clientToken, coaching, "weight", Map.of("values", Map.of("value", 80), "unit", "kg\u0000"))
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("unit"));
        given().auth().oauth2(clientToken).get("/api/v1/enrollments/" + coaching + "/records").then()
                .statusCode(200).body("total", equalTo(0));

        // tabs and line breaks are text
        record(clientToken, coaching, "food-diary", Map.of("text", "Aamu:\tpuuroa\r\nIlta:\tkalaa")).statusCode(201)
                .body("payload.text", equalTo("Aamu:\tpuuroa\r\nIlta:\tkalaa"));
    }

    @Test
    void aMeasuredAtOutsideTheEnrollmentIsRefusedAsInvalid() {
        for (String measuredAt : List.of("+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
                "1900-01-01T00:00:00Z", clock.instant().plus(Duration.ofDays(2)).toString())) {
            record(clientToken, coaching, "weight", Map.of("measuredAt", measuredAt, "values", Map.of("value", 70)))
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("measuredAt"));
        }
        record(clientToken, coaching, "weight", Map.of("measuredAt", clock.instant().minusSeconds(60).toString(),
                "values", Map.of("value", 70))).statusCode(201);

        // reviewing up to any moment, however far, answers
        for (String upTo : List.of("+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z")) {
            given().auth().oauth2(nurse).contentType(ContentType.JSON).body(Map.of("upTo", upTo))
                    .post("/api/v1/enrollments/" + coaching + "/records/review").then().statusCode(200);
        }
    }

    @Test
    void switchingOffTheEndQuestionnaireDoesNotEndThePathwayBeforeItsLastRequiredDay() {
        LocalDate start = today();
        given().auth().oauth2(nurse).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .header("If-Match", Fixtures.etag(clientToken, "/api/v1/enrollments/" + coaching))
                .put("/api/v1/enrollments/" + coaching + "/modules/end-questionnaire").then().statusCode(200);

        record(clientToken, coaching, "start-questionnaire", Map.of("answers", Map.of("meals", 3, "activity", "some",
                "wellbeing", 7))).statusCode(201);
        given().auth().oauth2(clientToken).get("/api/v1/enrollments/" + coaching).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        assertThat(events.ofType("enrollment.completed")).isEmpty();
        given().auth().oauth2(clientToken)
                .header("If-Match", Fixtures.etag(clientToken, "/api/v1/enrollments/" + coaching))
                .post("/api/v1/enrollments/" + coaching + "/complete").then()
                .statusCode(403);

        // the day before the switched-off module's day the pathway still runs; on that day it completes
        clock.setHelsinki(start.plusDays(76).atTime(12, 0));
        record(clientToken, coaching, "weight", Map.of("values", Map.of("value", 80))).statusCode(201);
        given().auth().oauth2(clientToken).get("/api/v1/enrollments/" + coaching).then()
                .body("status", equalTo("ACTIVE"));
        clock.setHelsinki(start.plusDays(77).atTime(9, 0));
        record(clientToken, coaching, "weight", Map.of("values", Map.of("value", 79))).statusCode(201);
        given().auth().oauth2(clientToken).get("/api/v1/enrollments/" + coaching).then()
                .body("status", equalTo("COMPLETED"));
        assertThat(events.ofType("enrollment.completed")).hasSize(1);
    }

    @Test
    void anIdempotencyKeyReusedForAnotherRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        String diary = given().auth().oauth2(clientToken).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("text", "Aamupuuroa")).post("/api/v1/enrollments/" + coaching
                        + "/modules/food-diary/records")
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(clientToken).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("values", Map.of("value", 80))).post("/api/v1/enrollments/" + coaching
                        + "/modules/weight/records")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:digipolku:problem:idempotency-key-reused")).header("Content-Language", "fi")
                .body("detail", org.hamcrest.Matchers.containsString("Idempotency-Key"));
        given().auth().oauth2(clientToken).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("text", "Iltapuuroa")).post("/api/v1/enrollments/" + coaching
                        + "/modules/food-diary/records")
                .then().statusCode(422).contentType("application/problem+json");

        // the same request again is a replay, whatever the order of its members
        given().auth().oauth2(clientToken).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"text\": \"Aamupuuroa\", \"unit\": null}").post("/api/v1/enrollments/" + coaching
                        + "/modules/food-diary/records")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("id", equalTo(diary));
        given().auth().oauth2(clientToken).get("/api/v1/enrollments/" + coaching + "/records").then()
                .statusCode(200).body("total", equalTo(1));
    }
}
