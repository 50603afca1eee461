package fi.digipolku.messaging.inbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

import fi.digipolku.messaging.Enrollments;
import fi.digipolku.messaging.promise.FinnishCalendar;
import fi.digipolku.messaging.promise.OpeningHours;
import fi.digipolku.messaging.promise.PromiseUnit;
import fi.digipolku.messaging.promise.ServicePromise;
import fi.digipolku.messaging.promise.WorkingHours;
import fi.digipolku.messaging.promise.WorkingTime;
import fi.digipolku.messaging.thread.PromiseBreachService;
import fi.digipolku.support.testing.TestClock;
import fi.digipolku.support.testing.TestTokens;
import fi.digipolku.support.testing.events.OutboxEvents;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class InboxResourceTest {

    private static final String INBOX = "/api/v1/inbox";
    private static final String THREADS = "/api/v1/threads";
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final OutboxEvents events = new OutboxEvents();

    @Inject
    PromiseBreachService breaches;

    @Inject
    EntityManager em;

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    AlertHub hub;

    @Inject
    TestClock clock;

    @TestHTTPResource("/api/v1/inbox/alerts")
    URL alerts;

    private String team;
    private String escalation;
    private String nurse;

    @BeforeEach
    void setUp() {
        team = "team-" + UUID.randomUUID();
        escalation = "duty-" + UUID.randomUUID();
        nurse = TestTokens.professional("nurse-" + team, team);
        events.clear();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void configure(Set<DayOfWeek> openingDays, String opens, String closes, String escalationTeam) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("promise", Map.of("amount", 2, "unit", "WORKING_DAYS"));
        body.put("workingHours", Map.of("start", "08:00", "end", "16:00", "zone", "Europe/Helsinki"));
        body.put("openingHours", Map.of("days", openingDays, "opens", opens, "closes", closes));
        body.put("escalationTeam", escalationTeam);
        String admin = TestTokens.admin("admin");
        String etag = given().auth().oauth2(admin).get("/api/v1/teams/" + team).then().statusCode(200).extract()
                .header("ETag");
        given().auth().oauth2(admin).header("If-Match", etag).contentType(ContentType.JSON).body(body)
                .put("/api/v1/teams/" + team).then().statusCode(200);
    }

    /** A client of the team opens a thread; returns its id. */
    private String clientWrites(String topic) {
        return clientWrites(topic, team);
    }

    private String clientWrites(String topic, String careTeam) {
        String client = "client-" + UUID.randomUUID();
        UUID enrollment = Enrollments.followed(client, careTeam);
        return given().auth().oauth2(TestTokens.client(client)).contentType(ContentType.JSON)
                .body(Map.of("enrollmentId", enrollment, "topic", topic, "body", "Hei, kysymys")).post(THREADS)
                .then().statusCode(201).extract().path("id");
    }

    private void setDue(String threadId, Instant dueAt) {
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("UPDATE message_thread SET due_at = ?1 WHERE id = ?2")
                .setParameter(1, dueAt).setParameter(2, UUID.fromString(threadId)).executeUpdate());
    }

    @Test
    void theInboxListsTheTeamsOpenThreadsMostUrgentFirst() {
        String later = clientWrites("Myöhempi");
        String sooner = clientWrites("Kiireellisempi");
        String answered = clientWrites("Vastattu");
        setDue(later, clock.instant().plus(Duration.ofDays(2)));
        setDue(sooner, clock.instant().plus(Duration.ofHours(3)));
        given().auth().oauth2(nurse).contentType(ContentType.JSON).body(Map.of("body", "Vastaus"))
                .post(THREADS + "/" + answered + "/messages").then().statusCode(201);

        given().auth().oauth2(nurse).get(INBOX).then().statusCode(200).body("total", equalTo(3))
                .body("items.threadId", contains(sooner, later, answered))
                .body("items[0].unread", equalTo(1)).body("items[2].awaitingReply", equalTo(false));
        given().auth().oauth2(nurse).get(INBOX + "?view=unanswered").then().body("items.threadId",
                contains(sooner, later));
        given().auth().oauth2(nurse).get(INBOX + "?size=1&page=1").then().body("items.threadId", contains(later))
                .body("total", equalTo(3));

        String otherTeams = clientWrites("Toisen tiimin", escalation);
        setDue(otherTeams, clock.instant().plus(Duration.ofDays(1)));
        String both = TestTokens.professional("both-" + team, team, escalation);
        given().auth().oauth2(both).get(INBOX).then().body("items.threadId",
                contains(sooner, otherTeams, later, answered));
        given().auth().oauth2(both).get(INBOX + "?size=2&page=1").then().body("items.threadId",
                contains(later, answered)).body("total", equalTo(4));
        String etag = given().auth().oauth2(nurse).get(THREADS + "/" + later).then().extract().header("ETag");
        given().auth().oauth2(nurse).header("If-Match", etag).post(THREADS + "/" + later + "/claim").then()
                .statusCode(200);
        given().auth().oauth2(nurse).get(INBOX + "?view=mine&team=" + team).then().body("items.threadId",
                contains(later));
        given().auth().oauth2(nurse).get(INBOX + "?view=overdue").then().body("items", hasSize(0));
        given().auth().oauth2(TestTokens.professional("other", "osteoporosis-team")).get(INBOX).then()
                .statusCode(200).body("items.threadId", org.hamcrest.Matchers.not(org.hamcrest.Matchers
                        .hasItem(sooner)));
    }

    @Test
    void unreadCountsPerProfessionalAndPerTeam() {
        String thread = clientWrites("Lukematon");
        String colleague = TestTokens.professional("colleague-" + team, team);
        given().auth().oauth2(nurse).get(INBOX + "/unread").then().statusCode(200).body("threads", equalTo(1))
                .body("messages", equalTo(1)).body("teams[0].team", equalTo(team))
                .body("teams[0].messages", equalTo(1));
        given().auth().oauth2(nurse).post(THREADS + "/" + thread + "/read").then().statusCode(200);
        given().auth().oauth2(nurse).get(INBOX + "/unread").then().body("messages", equalTo(0))
                .body("teams[0].messages", equalTo(0));
        given().auth().oauth2(colleague).get(INBOX + "/unread").then().body("messages", equalTo(1))
                .body("teams[0].messages", equalTo(0));
    }

    @Test
    void clientsAndStrangersHaveNoInbox() {
        given().auth().oauth2(TestTokens.client("c")).get(INBOX).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin("a")).get(INBOX + "/unread").then().statusCode(403);
        given().auth().oauth2(nurse).get(INBOX + "?team=osteoporosis-team").then().statusCode(403);
        given().auth().oauth2(nurse).get(INBOX + "?view=someday").then().statusCode(400)
                .body("errors[0].field", equalTo("view"));
        given().auth().oauth2(nurse).get(INBOX + "?size=101").then().statusCode(400);
        given().get(INBOX).then().statusCode(401);
    }

    @Test
    void aMessageOutsideOpeningHoursIsAContactRequestAndTheClockStartsAtTheNextOpening() {
        DayOfWeek today = clock.instant().atZone(HELSINKI).getDayOfWeek();
        EnumSet<DayOfWeek> notToday = EnumSet.complementOf(EnumSet.of(today));
        configure(notToday, "09:00", "12:00", null);
        String thread = clientWrites("Iltakysymys");

        JsonNode view = given().auth().oauth2(nurse).get(THREADS + "/" + thread).then().statusCode(200)
                .body("contactRequest", equalTo(true)).extract().as(JsonNode.class);
        Instant sent = Instant.parse(view.get("waitingSince").asText());
        Instant opening = new OpeningHours(notToday, LocalTime.of(9, 0), LocalTime.of(12, 0), HELSINKI)
                .nextOpening(sent, FinnishCalendar.shared());
        assertThat(opening.atZone(HELSINKI).toLocalDate()).isAfter(sent.atZone(HELSINKI).toLocalDate());
        Instant expectedDue = new WorkingTime(FinnishCalendar.shared(),
                new WorkingHours(LocalTime.of(8, 0), LocalTime.of(16, 0), HELSINKI))
                .dueAt(opening, new ServicePromise(2, PromiseUnit.WORKING_DAYS));
        assertThat(Instant.parse(view.get("dueAt").asText())).isEqualTo(expectedDue);
        JsonNode sentEvent = events.ofType("message.sent").get(0);
        assertThat(sentEvent.at("/data/contactRequest").asBoolean()).isTrue();
    }

    @Test
    void aMessageWithinOpeningHoursIsNoContactRequest() {
        configure(EnumSet.allOf(DayOfWeek.class), "00:00", "23:59", null);
        String thread = clientWrites("Päiväkysymys");
        given().auth().oauth2(nurse).get(THREADS + "/" + thread).then().body("contactRequest", equalTo(false));
    }

    @Test
    void onAPublicHolidayATeamOpenEveryDayTakesOnlyContactRequests() {
        configure(EnumSet.allOf(DayOfWeek.class), "00:00", "23:59", null);
        clock.setHelsinki(LocalDateTime.of(2026, 12, 6, 12, 0)); // Independence Day
        String thread = clientWrites("Itsenäisyyspäivänä");

        JsonNode view = given().auth().oauth2(nurse).get(THREADS + "/" + thread).then().statusCode(200)
                .body("contactRequest", equalTo(true)).extract().as(JsonNode.class);
        // the promise clock starts when the team next opens: Monday 7 December, the next working day
        Instant opening = new OpeningHours(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.of(23, 59),
                HELSINKI).nextOpening(clock.instant(), FinnishCalendar.shared());
        assertThat(opening.atZone(HELSINKI).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 7));
        Instant expectedDue = new WorkingTime(FinnishCalendar.shared(),
                new WorkingHours(LocalTime.of(8, 0), LocalTime.of(16, 0), HELSINKI))
                .dueAt(opening, new ServicePromise(2, PromiseUnit.WORKING_DAYS));
        assertThat(Instant.parse(view.get("dueAt").asText())).isEqualTo(expectedDue);
    }

    @Test
    void aBrokenPromiseIsRaisedOnceAndTheThreadMovesToTheEscalationInbox() {
        configure(EnumSet.allOf(DayOfWeek.class), "00:00", "23:59", escalation);
        String thread = clientWrites("Odottaa");
        setDue(thread, clock.instant().minusSeconds(60));
        events.clear();

        breaches.breachDue(200);
        breaches.breachDue(200);

        List<JsonNode> breaches = events.ofType("promise.breached").stream()
                .filter(e -> e.get("subject").asText().equals(thread)).toList();
        assertThat(breaches).hasSize(1);
        assertThat(breaches.get(0).at("/data/escalatedTo").asText()).isEqualTo(escalation);
        assertThat(breaches.get(0).at("/data/careTeam").asText()).isEqualTo(team);
        String duty = TestTokens.professional("duty-nurse", escalation);
        given().auth().oauth2(duty).get(INBOX + "?view=overdue").then().statusCode(200)
                .body("items.threadId", contains(thread)).body("items[0].overdue", equalTo(true));
        given().auth().oauth2(nurse).get(INBOX).then().body("items", hasSize(0));
        given().auth().oauth2(nurse).get(THREADS + "/" + thread).then().statusCode(200)
                .body("overdue", equalTo(true));

        given().auth().oauth2(duty).contentType(ContentType.JSON).body(Map.of("body", "Pahoittelut viiveestä"))
                .post(THREADS + "/" + thread + "/messages").then().statusCode(201);
        JsonNode first = events.ofType("thread.first-response").get(0);
        assertThat(first.at("/data/withinPromise").asBoolean()).isFalse();
        given().auth().oauth2(nurse).get(INBOX).then().body("items.threadId", contains(thread))
                .body("items[0].overdue", equalTo(false));
    }

    @Test
    void professionalsHearOfNewContactsAndBreachesInTheirOwnTeamsOnly() throws Exception {
        String otherTeam = "team-" + UUID.randomUUID();
        HttpClient http = HttpClient.newHttpClient();
        int before = hub.listening();
        Stream<String> mine = stream(http, nurse);
        Stream<String> theirs = stream(http, TestTokens.professional("other-nurse", otherTeam));
        await().atMost(Duration.ofSeconds(10)).until(() -> hub.listening() >= before + 2);

        String thread = clientWrites("Uusi yhteydenotto");
        forwardToAlerts(events.all());
        String contact = firstEvent(mine);
        assertThat(contact).contains("event:contact").contains(thread).doesNotContain("Hei, kysymys");

        String breachedThread = UUID.randomUUID().toString();
        connector.<String>source(AlertEventIntake.CHANNEL).send(breachEvent(breachedThread, otherTeam));
        String breach = firstEvent(theirs);
        assertThat(breach).contains("event:breach").contains(breachedThread).doesNotContain(thread);
    }

    @Test
    void onlyProfessionalsMayListen() {
        given().auth().oauth2(TestTokens.client("c")).accept("text/event-stream").get(INBOX + "/alerts").then()
                .statusCode(403);
        given().accept("text/event-stream").get(INBOX + "/alerts").then().statusCode(401);
    }

    private Stream<String> stream(HttpClient http, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(alerts.toString()))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
        HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The first named event on a stream, as its "event:" and "data:" lines. */
    private static String firstEvent(Stream<String> lines) throws Exception {
        var iterator = lines.iterator();
        return CompletableFuture.supplyAsync(() -> {
            StringBuilder event = new StringBuilder();
            while (iterator.hasNext()) {
                String line = iterator.next();
                if (line.isEmpty() && event.indexOf("event:") >= 0) {
                    return event.toString();
                }
                if (line.startsWith("event:") || line.startsWith("data:")) {
                    event.append(line.replace(": ", ":")).append('\n');
                }
            }
            return event.toString();
        }).get(10, TimeUnit.SECONDS);
    }

    private void forwardToAlerts(List<JsonNode> published) {
        for (JsonNode event : published) {
            connector.<String>source(AlertEventIntake.CHANNEL).send(event.toString());
        }
    }

    /** A breach as version 1 of the event told it (the team as {@code team}), which alerts still accept. */
    private static String breachEvent(String threadId, String team) {
        return """
                {"specversion":"1.0","id":"%s","source":"/messaging-service","type":"fi.digipolku.promise.breached",
                 "subject":"%s","datacontenttype":"application/json","time":"2026-11-23T10:00:00Z",
                 "data":{"threadId":"%s","enrollmentId":"%s","definitionId":"%s","team":"%s","clientId":"client-b",
                         "dueAt":"2026-11-23T09:00:00Z","waitingSince":"2026-11-20T09:00:00Z",
                         "contactRequest":false,"escalatedTo":null}}"""
                .formatted(UUID.randomUUID(), threadId, threadId, UUID.randomUUID(), UUID.randomUUID(), team);
    }
}
