package fi.digipolku.pathway.progress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import fi.digipolku.pathway.Fixtures;
import fi.digipolku.pathway.content.ModuleType;
import fi.digipolku.support.testing.TestClock;
import fi.digipolku.support.testing.TestTokens;

/**
 * The payload of each module type, stored (the JSONB text) and shown (the API) exactly as the map-based payload before
 * {@link RecordPayload} stored and showed it; the expected texts were taken from that code. Rows written by it are read
 * through the entity.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class RecordPayloadTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The clock of these tests; a measurement without measuredAt is measured now, to the microsecond. */
    private static final Instant NOW = TestClock.DEFAULT_START.plus(Duration.ofHours(1)).plusNanos(123_456_789);
    /** Risk-test answers as the client sent them, and as PostgreSQL keeps them (shorter keys first). */
    private static final String RISK_SENT = "{'answers':{'previous-fracture':'yes','parent-hip-fracture':'no',"
            + "'risk-factors':['smoking','cortisone']}}";
    private static final String RISK_KEPT = "{'answers':{'risk-factors':['smoking','cortisone'],"
            + "'previous-fracture':'yes','parent-hip-fracture':'no'}}";

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    private final String nurse = TestTokens.professional("nurse-1", "weight-team");
    private String client;
    private String clientToken;
    private String enrollment;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void setUp() {
        client = "client-" + UUID.randomUUID();
        clientToken = TestTokens.client(client);
        Map<String, Object> weight = Fixtures.weightManagement();
        List<Map<String, Object>> modules = (List<Map<String, Object>>) weight.get("modules");
        modules.add(Map.of("key", "how-to-weigh", "type", "INSTRUCTION", "dayOffset", 0, "title",
                Map.of("fi", "Punnitus"), "body", Map.of("fi", "Punnitse aamulla.")));
        modules.add(Map.of("key", "walk", "type", "TASK", "dayOffset", 0, "title", Map.of("fi", "Kävely")));
        modules.add(Map.of("key", "notes-q", "type", "QUESTIONNAIRE", "dayOffset", 0, "title",
                Map.of("fi", "Vapaa kysely"), "questionnaire", Map.of("items", List.of(Map.of("key", "note", "type",
                        "TEXT", "text", Map.of("fi", "Huomioita?"), "required", false)))));
        modules.add(Map.of("key", "bp", "type", "MEASUREMENT", "dayOffset", 0, "title", Map.of("fi", "Verenpaine"),
                "measurement", Map.of("type", "BLOOD_PRESSURE", "schedule", Map.of("everyNDays", 7, "fromDay", 0))));
        modules.add(Map.of("key", "private-notes", "type", "DIARY", "dayOffset", 0, "title",
                Map.of("fi", "Omat muistiinpanot"), "diary", Map.of("kind", "FREE", "visibility", "PRIVATE")));
        Map<String, Object> risk = ((List<Map<String, Object>>) Fixtures.boneHealth().get("modules")).stream()
                .filter(m -> m.get("key").equals("fracture-risk")).findFirst().orElseThrow();
        ((Map<String, Object>) risk.get("questionnaire")).remove("purpose");
        modules.add(risk);
        String definition = Fixtures.published(weight);
        enrollment = given().auth().oauth2(nurse).contentType(ContentType.JSON)
                .body(Map.of("definitionId", definition, "clientSubject", client)).post("/api/v1/enrollments")
                .then().statusCode(201).extract().path("id");
        clock.freeze();
        clock.set(NOW);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** JSON written with apostrophes for quotes, to keep the expectations readable. */
    private static String q(String json) {
        return json.replace('\'', '"');
    }

    /** A record made through the API: its id and the payload of the 201 answer. */
    private record Made(String id, String payload) {
    }

    private Made record(String module, String body) throws Exception {
        String created = given().auth().oauth2(clientToken).contentType(ContentType.JSON).body(q(body))
                .post("/api/v1/enrollments/" + enrollment + "/modules/" + module + "/records").then().statusCode(201)
                .extract().asString();
        JsonNode node = JSON.readTree(created);
        return new Made(node.get("id").asText(), node.get("payload").toString());
    }

    /** The JSONB text of the record's payload, as PostgreSQL prints it. */
    private String stored(String id) {
        return QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("SELECT payload::text FROM progress_record WHERE id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult().toString());
    }

    /** The payload of the module's only record in the client's list of records. */
    private String listed(String module) throws Exception {
        String page = given().auth().oauth2(clientToken)
                .get("/api/v1/enrollments/" + enrollment + "/records?module=" + module).then().statusCode(200)
                .extract().asString();
        JsonNode items = JSON.readTree(page).get("items");
        assertThat(items).hasSize(1);
        return items.get(0).get("payload").toString();
    }

    /** The payload of the answer to a professional's review of the record. */
    private String reviewed(String id) throws Exception {
        String view = given().auth().oauth2(nurse)
                .post("/api/v1/enrollments/" + enrollment + "/records/" + id + "/review").then().statusCode(200)
                .extract().asString();
        return JSON.readTree(view).get("payload").toString();
    }

    /** Stored, made and listed as before; {@code made} is the 201 answer's payload, {@code listed} the list's. */
    private Made expect(String module, String body, String stored, String made, String listed) throws Exception {
        Made record = record(module, body);
        assertThat(stored(record.id())).as(module + " stored").isEqualTo(q(stored));
        assertThat(record.payload()).as(module + " made").isEqualTo(q(made));
        assertThat(listed(module)).as(module + " listed").isEqualTo(q(listed));
        return record;
    }

    @Test
    void viewedContentStoresAnEmptyObject() throws Exception {
        expect("welcome", "{}", "{}", "{}", "{}");
        expect("how-to-weigh", "{}", "{}", "{}", "{}");
    }

    @Test
    void aDoneTaskStoresAnEmptyObject() throws Exception {
        expect("walk", "{}", "{}", "{}", "{}");
    }

    @Test
    void questionnaireAnswersAreStoredAsGivenAndNoneAsAnEmptyObject() throws Exception {
        Made answers = expect("start-questionnaire",
                "{'answers':{'meals':3,'activity':'some','wellbeing':7,'goals':'Jaksaa paremmin'}}",
                "{'answers': {'goals': 'Jaksaa paremmin', 'meals': 3, 'activity': 'some', 'wellbeing': 7}}",
                "{'answers':{'meals':3,'activity':'some','wellbeing':7,'goals':'Jaksaa paremmin'}}",
                "{'answers':{'goals':'Jaksaa paremmin','meals':3,'activity':'some','wellbeing':7}}");
        expect("notes-q", "{}", "{'answers': {}}", "{'answers':{}}", "{'answers':{}}");

        String before = stored(answers.id());
        assertThat(reviewed(answers.id())).isEqualTo(listed("start-questionnaire"));
        assertThat(stored(answers.id())).isEqualTo(before);
    }

    @Test
    void riskTestAnswersAreStoredAsGiven() throws Exception {
        expect("fracture-risk", RISK_SENT, "{'answers': {'risk-factors': ['smoking', 'cortisone'], "
                + "'previous-fracture': 'yes', 'parent-hip-fracture': 'no'}}", RISK_SENT, RISK_KEPT);
    }

    /**
     * Values stay numbers with a decimal point (they are doubles), measuredAt an ISO-8601 string to the nanosecond as
     * {@code Instant.toString()} writes it. The 201 answer now shows the keys in the stored order too (before it showed
     * values, unit, loinc, measuredAt): the same object, the same keys and values.
     */
    @Test
    void aMeasurementStoresNumbersAndAnIsoInstant() throws Exception {
        Made weight = expect("weight", "{'values':{'value':82.5}}",
                "{'unit': 'kg', 'loinc': '29463-7', 'values': {'value': 82.5}, "
                        + "'measuredAt': '2026-06-03T08:00:00.123456Z'}",
                "{'unit':'kg','loinc':'29463-7','values':{'value':82.5},'measuredAt':'2026-06-03T08:00:00.123456Z'}",
                "{'unit':'kg','loinc':'29463-7','values':{'value':82.5},'measuredAt':'2026-06-03T08:00:00.123456Z'}");
        assertThat(JSON.readTree(weight.payload())).isEqualTo(JSON.readTree(q(
                "{'values':{'value':82.5},'unit':'kg','loinc':'29463-7','measuredAt':'2026-06-03T08:00:00.123456Z'}")));
        expect("waist", "{'values':{'value':90},'unit':'cm','measuredAt':'2026-06-03T06:30:00.123456789Z'}",
                "{'unit': 'cm', 'loinc': '8280-0', 'values': {'value': 90.0}, "
                        + "'measuredAt': '2026-06-03T06:30:00.123456789Z'}",
                "{'unit':'cm','loinc':'8280-0','values':{'value':90.0},'measuredAt':'2026-06-03T06:30:00.123456789Z'}",
                "{'unit':'cm','loinc':'8280-0','values':{'value':90.0},'measuredAt':'2026-06-03T06:30:00.123456789Z'}");
        Made pressure = expect("bp", "{'values':{'systolic':128,'diastolic':84.5},'measuredAt':'2026-06-03T06:30:00Z'}",
                "{'unit': 'mm[Hg]', 'loinc': '85354-9', 'values': {'systolic': 128.0, 'diastolic': 84.5}, "
                        + "'measuredAt': '2026-06-03T06:30:00Z'}",
                "{'unit':'mm[Hg]','loinc':'85354-9','values':{'systolic':128.0,'diastolic':84.5},"
                        + "'measuredAt':'2026-06-03T06:30:00Z'}",
                "{'unit':'mm[Hg]','loinc':'85354-9','values':{'systolic':128.0,'diastolic':84.5},"
                        + "'measuredAt':'2026-06-03T06:30:00Z'}");

        // a review updates the row; the payload it writes back is the same
        String before = stored(pressure.id());
        assertThat(reviewed(pressure.id())).isEqualTo(listed("bp"));
        assertThat(stored(pressure.id())).isEqualTo(before);
    }

    @Test
    void aDiaryEntryStoresItsTextAndAPrivateOneStaysWithItsAuthor() throws Exception {
        expect("food-diary", "{'text':'Aamu:\\tpuuroa\\nIlta: kalaa'}", "{'text': 'Aamu:\\tpuuroa\\nIlta: kalaa'}",
                "{'text':'Aamu:\\tpuuroa\\nIlta: kalaa'}", "{'text':'Aamu:\\tpuuroa\\nIlta: kalaa'}");
        Made own = expect("private-notes", "{'text':'Vain minulle'}", "{'text': 'Vain minulle'}",
                "{'text':'Vain minulle'}", "{'text':'Vain minulle'}");

        given().auth().oauth2(nurse).get("/api/v1/enrollments/" + enrollment + "/records?size=100").then()
                .statusCode(200).body("items.id", not(hasItem(own.id())));
    }

    @Test
    void rowsWrittenByTheMapBasedPayloadAreReadThroughTheEntity() throws Exception {
        // the JSON as the map-based code sent it, in the order it put the keys
        String measurement = insert("weight", ModuleType.MEASUREMENT, q("{'values':{'value':82.5},'unit':'kg',"
                + "'loinc':'29463-7','measuredAt':'2026-06-03T06:30:00.123456789Z'}"));
        String answers = insert("fracture-risk", ModuleType.RISK_TEST, q(RISK_SENT));
        String diary = insert("food-diary", ModuleType.DIARY, q("{'text':'Aamupuuroa'}"));
        String viewed = insert("welcome", ModuleType.INFO, "{}");

        QuarkusTransaction.requiringNew().run(() -> {
            RecordPayload weight = em.find(ProgressRecord.class, UUID.fromString(measurement)).payload;
            assertThat(weight).isEqualTo(RecordPayload.measurement(Map.of("value", 82.5), "kg", "29463-7",
                    Instant.parse("2026-06-03T06:30:00.123456789Z")));
            assertThat(weight.values().get("value")).isInstanceOf(Double.class);
            RecordPayload risk = em.find(ProgressRecord.class, UUID.fromString(answers)).payload;
            assertThat(risk.answers()).containsExactly(Map.entry("risk-factors", List.of("smoking", "cortisone")),
                    Map.entry("previous-fracture", "yes"), Map.entry("parent-hip-fracture", "no"));
            assertThat(em.find(ProgressRecord.class, UUID.fromString(diary)).payload)
                    .isEqualTo(RecordPayload.diary("Aamupuuroa"));
            assertThat(em.find(ProgressRecord.class, UUID.fromString(viewed)).payload).isEqualTo(RecordPayload.none());
        });
        assertThat(listed("weight")).isEqualTo(q("{'unit':'kg','loinc':'29463-7','values':{'value':82.5},"
                + "'measuredAt':'2026-06-03T06:30:00.123456789Z'}"));
        assertThat(listed("fracture-risk")).isEqualTo(q(RISK_KEPT));
        assertThat(listed("food-diary")).isEqualTo(q("{'text':'Aamupuuroa'}"));
        assertThat(listed("welcome")).isEqualTo("{}");
    }

    private String insert(String module, ModuleType type, String payload) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO progress_record (id, enrollment_id, module_key, module_type, recorded_at, recorded_on,
                    payload, author)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 AS jsonb), ?8)""").setParameter(1, id)
                .setParameter(2, UUID.fromString(enrollment)).setParameter(3, module).setParameter(4, type.name())
                .setParameter(5, Timestamp.from(NOW)).setParameter(6, LocalDate.parse("2026-06-03"))
                .setParameter(7, payload).setParameter(8, client).executeUpdate());
        return id.toString();
    }
}
