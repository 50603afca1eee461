package fi.digipolku.pathway.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import fi.digipolku.pathway.Fixtures;
import fi.digipolku.pathway.webhook.WebhookService;
import fi.digipolku.pathway.webhook.WebhookSignature;
import fi.digipolku.support.testing.RawHttp;
import fi.digipolku.support.testing.TestClock;
import fi.digipolku.support.testing.TestTokens;

/** Review before release, identity codes at rest, the FHIR API, disclosures and webhooks, end to end in the service. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class FhirResourceTest {

    private static final String FHIR_JSON = "application/fhir+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    @Inject
    WebhookService webhooks;

    @Inject
    TestClock clock;

    private final String nurse = TestTokens.professional("nurse-1", "weight-team");
    private final String integratorId = "ehr-" + UUID.randomUUID();
    private final String integrator = TestTokens.integrator(integratorId);
    private String client;
    private String clientToken;
    private String hetu;
    private String enrollment;
    private HttpServer server;

    @BeforeEach
    void setUp() {
        client = "client-" + UUID.randomUUID();
        hetu = uniqueHetu();
        clientToken = TestTokens.builder(client, Set.of("client"), Set.of()).claim("acr", "substantial")
                .claim("hetu", hetu).sign();
        String definition = Fixtures.published(Fixtures.weightManagement());
        enrollment = given().auth().oauth2(nurse).contentType(ContentType.JSON)
                .body(Map.of("definitionId", definition, "clientSubject", client)).post("/api/v1/enrollments").then()
                .statusCode(201).extract().path("id");
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** A valid identity code unique to this test run, so searches by identifier see only this test's client. */
    private static String uniqueHetu() {
        String check = "0123456789ABCDEFHJKLMNPRSTUVWXY";
        int individual = 2 + (int) (Math.random() * 897);
        int day = 1 + (int) (Math.random() * 28);
        int month = 1 + (int) (Math.random() * 12);
        int year = (int) (Math.random() * 100);
        String date = String.format("%02d%02d%02d", day, month, year);
        String number = String.format("%03d", individual);
        return date + "A" + number + check.charAt((int) (Long.parseLong(date + number) % 31));
    }

    private String record(String module, Object body) {
        return given().auth().oauth2(clientToken).contentType(ContentType.JSON).body(body)
                .post("/api/v1/enrollments/" + enrollment + "/modules/" + module + "/records").then().statusCode(201)
                .extract().path("id");
    }

    private void review(String recordId) {
        given().auth().oauth2(nurse).post("/api/v1/enrollments/" + enrollment + "/records/" + recordId + "/review")
                .then().statusCode(200).body("reviewedBy", equalTo("nurse-1"));
    }

    private JsonNode fhir(String path) throws IOException {
        return fhir(path, true);
    }

    /** GETs and validates a FHIR answer; a link the server made is already encoded, so it is sent as it is. */
    private JsonNode fhir(String path, boolean encode) throws IOException {
        Response response = given().urlEncodingEnabled(encode).auth().oauth2(integrator).accept(FHIR_JSON).get(path);
        assertThat(response.statusCode()).as(path + " " + response.asString()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith(FHIR_JSON);
        String body = response.asString();
        assertThat(FhirValidation.errors(body)).as(path).isEmpty();
        return JSON.readTree(body);
    }

    private String patientQuery() {
        return "patient:identifier=urn:oid:1.2.246.21|" + hetu;
    }

    @Test
    void reviewedDataIsReleasedAsValidFhirAndDisclosedToTheClient() throws Exception {
        given().auth().oauth2(clientToken).get("/api/v1/enrollments/" + enrollment).then().statusCode(200);
        String weight = record("weight", Map.of("values", Map.of("value", 82.5)));
        String answers = record("start-questionnaire", Map.of("answers",
                Map.of("meals", 4, "activity", "some", "wellbeing", 7, "goals", "Kävellä enemmän")));
        String unreviewed = record("waist", Map.of("values", Map.of("value", 95)));
        String diary = record("food-diary", Map.of("text", "Puuroa"));
        given().auth().oauth2(nurse).post("/api/v1/enrollments/" + enrollment + "/records/" + diary + "/review")
                .then().statusCode(409);
        given().auth().oauth2(TestTokens.professional("physio-1", "osteoporosis-team"))
                .post("/api/v1/enrollments/" + enrollment + "/records/" + weight + "/review").then().statusCode(404);

        assertThat(fhir("/fhir/r4/Observation?" + patientQuery()).get("total").asInt()).isZero();
        review(weight);
        review(answers);
        given().auth().oauth2(nurse).post("/api/v1/enrollments/" + enrollment + "/records/" + weight + "/review")
                .then().statusCode(409);

        JsonNode observations = fhir("/fhir/r4/Observation?" + patientQuery());
        assertThat(observations.get("total").asInt()).isEqualTo(1);
        JsonNode observation = observations.get("entry").get(0).get("resource");
        assertThat(observation.get("id").asText()).isEqualTo(weight);
        assertThat(observation.at("/code/coding/0/code").asText()).isEqualTo("29463-7");
        assertThat(observation.at("/valueQuantity/code").asText()).isEqualTo("kg");
        assertThat(observation.at("/category/0/coding/0/code").asText()).isEqualTo("vital-signs");
        assertThat(observation.at("/subject/identifier/system").asText()).isEqualTo("urn:oid:1.2.246.21");
        assertThat(observation.at("/subject/identifier/value").asText()).isEqualTo(hetu);
        assertThat(observation.at("/status").asText()).isEqualTo("final");
        given().auth().oauth2(integrator).get("/fhir/r4/Observation/" + unreviewed).then().statusCode(404)
                .contentType(FHIR_JSON).body("resourceType", equalTo("OperationOutcome"));

        JsonNode responses = fhir("/fhir/r4/QuestionnaireResponse?subject:identifier=urn:oid:1.2.246.21|" + hetu);
        assertThat(responses.get("total").asInt()).isEqualTo(1);
        fhir("/fhir/r4/QuestionnaireResponse/" + answers);
        fhir("/fhir/r4/Observation/" + weight);
        JsonNode plans = fhir("/fhir/r4/CarePlan?patient.identifier=urn:oid:1.2.246.21|" + hetu);
        assertThat(plans.at("/entry/0/resource/status").asText()).isEqualTo("active");
        assertThat(plans.at("/entry/0/resource/instantiatesCanonical/0").asText()).contains("/PlanDefinition/")
                .endsWith("|1");
        JsonNode planDefinitions = fhir("/fhir/r4/PlanDefinition?_count=100");
        for (JsonNode entry : planDefinitions.get("entry")) {
            fhir("/fhir/r4/PlanDefinition/" + entry.at("/resource/id").asText());
        }
        JsonNode questionnaires = fhir("/fhir/r4/Questionnaire?_count=5");
        fhir("/fhir/r4/Questionnaire/" + questionnaires.at("/entry/0/resource/id").asText());
        fhir("/fhir/r4/metadata");
        given().auth().oauth2(integrator).accept(ContentType.JSON).get("/fhir/r4/metadata").then().statusCode(200)
                .body("resourceType", equalTo("CapabilityStatement"));
        given().auth().oauth2(integrator).get("/fhir/r4/metadata").then().statusCode(200).contentType(FHIR_JSON);
        assertThat(fhir("/fhir/r4/Observation?" + patientQuery() + "&date=ge2000-01-01&category=vital-signs"
                + "&code=http://loinc.org|29463-7&_lastUpdated=ge2000-01-01").get("total").asInt()).isEqualTo(1);
        assertThat(fhir("/fhir/r4/Observation?" + patientQuery() + "&category=laboratory").get("total").asInt())
                .isZero();

        JsonNode disclosures = JSON.readTree(given().auth().oauth2(clientToken).get("/api/v1/disclosures").then()
                .statusCode(200).extract().asString());
        assertThat(disclosures.get("items").findValuesAsText("integrator")).contains(integratorId);
        assertThat(disclosures.get("items").toString()).contains(weight).contains(answers)
                .doesNotContain(unreviewed);
        given().auth().oauth2(nurse).get("/api/v1/disclosures").then().statusCode(403);
    }

    @Test
    void aProfessionalReviewsEverythingUpToAMomentInOneGo() throws Exception {
        given().auth().oauth2(clientToken).get("/api/v1/enrollments/" + enrollment).then().statusCode(200);
        record("weight", Map.of("values", Map.of("value", 82.5)));
        record("waist", Map.of("values", Map.of("value", 95)));
        record("food-diary", Map.of("text", "Puuroa"));
        String cutOff = clock.instant().toString();
        Thread.sleep(5);
        record("weight", Map.of("values", Map.of("value", 82.0)));

        given().auth().oauth2(TestTokens.professional("physio-1", "osteoporosis-team")).contentType(ContentType.JSON)
                .body(Map.of("upTo", cutOff)).post("/api/v1/enrollments/" + enrollment + "/records/review").then()
                .statusCode(404);
        given().auth().oauth2(clientToken).contentType(ContentType.JSON).body(Map.of("upTo", cutOff))
                .post("/api/v1/enrollments/" + enrollment + "/records/review").then().statusCode(403);
        given().auth().oauth2(nurse).contentType(ContentType.JSON).body(Map.of("upTo", "yesterday"))
                .post("/api/v1/enrollments/" + enrollment + "/records/review").then().statusCode(400);
        given().auth().oauth2(nurse).contentType(ContentType.JSON).body(Map.of("upTo", cutOff))
                .post("/api/v1/enrollments/" + enrollment + "/records/review").then().statusCode(200)
                .body("reviewed", equalTo(2));
        assertThat(fhir("/fhir/r4/Observation?" + patientQuery()).get("total").asInt()).isEqualTo(2);
        given().auth().oauth2(nurse).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/enrollments/" + enrollment + "/records/review").then().statusCode(200)
                .body("reviewed", equalTo(1));
        assertThat(fhir("/fhir/r4/Observation?" + patientQuery()).get("total").asInt()).isEqualTo(3);
    }

    @Test
    void aCodeWrittenUnderAnotherKeyIsRenewedAtTheClientsNextSignIn() throws Exception {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO client_identity (client_subject, identity_code, identity_hmac, captured_at)
                VALUES (?1, ?2, ?3, ?4)""").setParameter(1, client).setParameter(2, new byte[40])
                .setParameter(3, new byte[32]).setParameter(4, java.sql.Timestamp.from(clock.instant()))
                .executeUpdate());
        // unreadable: the client counts as unidentified, and nothing fails
        assertThat(fhir("/fhir/r4/CarePlan?" + patientQuery()).get("total").asInt()).isZero();

        String weight = record("weight", Map.of("values", Map.of("value", 82.5)));
        review(weight);
        assertThat(fhir("/fhir/r4/Observation?" + patientQuery()).get("total").asInt()).isEqualTo(1);
    }

    @Test
    void withoutTheClientsOwnIdentityCodeNothingIsReleased() {
        String nurseWithCode = TestTokens.builder("nurse-1", Set.of("professional"), Set.of("weight-team"))
                .claim("hetu", "131052-308T").sign();
        given().auth().oauth2(nurseWithCode).get("/api/v1/enrollments/" + enrollment).then().statusCode(200);
        clientToken = TestTokens.client(client);
        String weight = record("weight", Map.of("values", Map.of("value", 79)));
        review(weight);
        given().auth().oauth2(integrator).get("/fhir/r4/Observation/" + weight).then().statusCode(404)
                .contentType(FHIR_JSON);
        long stored = QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM client_identity WHERE client_subject IN (?1, 'nurse-1')")
                .setParameter(1, client).getSingleResult()).longValue());
        assertThat(stored).isZero();
    }

    @Test
    void theIdentityCodeIsStoredEncrypted() {
        given().auth().oauth2(clientToken).get("/api/v1/enrollments/" + enrollment).then().statusCode(200);
        byte[] stored = QuarkusTransaction.requiringNew().call(() -> (byte[]) em
                .createNativeQuery("SELECT identity_code FROM client_identity WHERE client_subject = ?1")
                .setParameter(1, client).getSingleResult());
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(hetu)
                .doesNotContain(hetu.substring(0, 6));
        String all = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT row_to_json(c)::text FROM client_identity c WHERE client_subject = ?1")
                .setParameter(1, client).getSingleResult().toString());
        assertThat(all).doesNotContain(hetu);
    }

    @Test
    void searchesArePagedWithNextLinksAndAHardMaximum() throws Exception {
        given().auth().oauth2(clientToken).get("/api/v1/enrollments/" + enrollment).then().statusCode(200);
        for (int i = 0; i < 3; i++) {
            review(record("weight", Map.of("values", Map.of("value", 80 + i))));
        }
        JsonNode first = fhir("/fhir/r4/Observation?" + patientQuery() + "&_count=2");
        assertThat(first.get("total").asInt()).isEqualTo(3);
        assertThat(first.get("entry")).hasSize(2);
        String next = null;
        for (JsonNode link : first.get("link")) {
            if (link.get("relation").asText().equals("next")) {
                next = link.get("url").asText();
            }
        }
        assertThat(next).isNotNull().contains("_offset=2");
        JsonNode second = fhir(next.substring(next.indexOf("/fhir/r4/")), false);
        assertThat(second.get("entry")).hasSize(1);
        assertThat(second.get("link").findValuesAsText("relation")).doesNotContain("next");

        given().auth().oauth2(integrator).get("/fhir/r4/Observation?_count=101").then().statusCode(400)
                .contentType(FHIR_JSON).body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("invalid"))
                .body("issue[0].diagnostics", equalTo("Yksi hakuparametri on virheellinen."))
                .body("issue[1].diagnostics", equalTo("_count: on oltava välillä 1–100"));
        given().auth().oauth2(integrator).header("Accept-Language", "en").get("/fhir/r4/Observation?_count=0&x=1")
                .then().statusCode(400).header("Content-Language", "en")
                .body("issue[0].diagnostics", equalTo("2 search parameters are invalid."))
                .body("issue.diagnostics", org.hamcrest.Matchers.hasItem("_count: must be between 1 and 100"));
        given().auth().oauth2(integrator).header("Accept-Language", "sv").get("/fhir/r4/Patient").then()
                .statusCode(404).header("Content-Language", "sv").body("issue[0].diagnostics",
                        equalTo("Resurstypen Patient tillhandahålls inte här; se /fhir/r4/metadata."));
        given().auth().oauth2(integrator).get("/fhir/r4/Observation?name=x").then().statusCode(400)
                .contentType(FHIR_JSON);
        given().auth().oauth2(integrator).get("/fhir/r4/Patient").then().statusCode(404).contentType(FHIR_JSON);
    }

    /** A GET with the target sent exactly as given, as clients that leave {@code |} raw send it. */
    private static RawHttp.Answer raw(String target, String token) {
        return RawHttp.send(io.restassured.RestAssured.port, "GET", target, "Authorization: Bearer " + token);
    }

    @Test
    void aRawPipeInASearchIsTheSameSearchAsAnEncodedOne() throws Exception {
        given().auth().oauth2(clientToken).get("/api/v1/enrollments/" + enrollment).then().statusCode(200);
        review(record("weight", Map.of("values", Map.of("value", 82.5))));
        record("waist", Map.of("values", Map.of("value", 95)));

        RawHttp.Answer raw = raw("/fhir/r4/Observation?patient.identifier=urn:oid:1.2.246.21|" + hetu
                + "&code=http://loinc.org|29463-7", integrator);
        assertThat(raw.status()).as(raw.body()).isEqualTo(200);
        assertThat(raw.header("Content-Type")).startsWith(FHIR_JSON);
        assertThat(FhirValidation.errors(raw.body())).isEmpty();
        JsonNode bundle = JSON.readTree(raw.body());
        assertThat(bundle.get("total").asInt()).isEqualTo(1);
        assertThat(bundle.at("/entry/0/resource/code/coding/0/code").asText()).isEqualTo("29463-7");

        // a refusal of a raw search is an OperationOutcome too
        RawHttp.Answer wrongSystem = raw("/fhir/r4/Observation?patient.identifier=urn:other|" + hetu,
                integrator);
        assertThat(wrongSystem.status()).isEqualTo(400);
        assertThat(wrongSystem.header("Content-Type")).startsWith(FHIR_JSON);
        assertThat(JSON.readTree(wrongSystem.body()).get("resourceType").asText()).isEqualTo("OperationOutcome");
        // raw characters elsewhere are answered with a body too, never an empty 400
        RawHttp.Answer unknown = raw("/fhir/r4/Obs|ervation?code=a|b", integrator);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith(FHIR_JSON);
        assertThat(JSON.readTree(unknown.body()).get("resourceType").asText()).isEqualTo("OperationOutcome");
        RawHttp.Answer api = raw("/api/v1/enrollments/a|b", clientToken);
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.body()).contains("urn:digipolku:problem:not-found");
    }

    @Test
    void otherRolesAndAnonymousCallersGetOperationOutcomes() {
        for (String token : List.of(clientToken, nurse, TestTokens.admin("admin-1"))) {
            given().auth().oauth2(token).get("/fhir/r4/Observation").then().statusCode(403).contentType(FHIR_JSON)
                    .body("resourceType", equalTo("OperationOutcome")).body("issue[0].code", equalTo("forbidden"));
        }
        given().get("/fhir/r4/metadata").then().statusCode(401).contentType(FHIR_JSON)
                .body("resourceType", equalTo("OperationOutcome")).body("issue[0].code", equalTo("login"));
        given().get("/fhir/r4/Observation/nothing").then().statusCode(401).contentType(FHIR_JSON);
        given().auth().oauth2(clientToken).get("/api/v1/webhooks").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void webhooksAreSignedRetriedAndParked() throws Exception {
        List<String[]> received = new CopyOnWriteArrayList<>();
        AtomicInteger failuresLeft = new AtomicInteger(0);
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/hooks", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.add(new String[]{exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)});
            }
            exchange.sendResponseHeaders(failuresLeft.getAndDecrement() > 0 ? 503 : 204, -1);
            exchange.close();
        });
        server.start();
        String url = "http://localhost:" + server.getAddress().getPort() + "/hooks";
        given().auth().oauth2(integrator).contentType(ContentType.JSON)
                .body(Map.of("url", "http://ehr.example.fi/hooks", "resourceTypes", List.of("Observation")))
                .post("/api/v1/webhooks").then().statusCode(400);
        Response registered = given().auth().oauth2(integrator).contentType(ContentType.JSON)
                .body(Map.of("url", url, "resourceTypes", List.of("Observation"))).post("/api/v1/webhooks");
        assertThat(registered.statusCode()).isEqualTo(201);
        String webhook = registered.path("id");
        String secret = registered.path("secret");
        assertThat(secret).startsWith("whsec_");
        given().auth().oauth2(integrator).get("/api/v1/webhooks").then().statusCode(200)
                .body("find { it.id == '" + webhook + "' }.secret", equalTo(null));

        given().auth().oauth2(clientToken).get("/api/v1/enrollments/" + enrollment).then().statusCode(200);
        String weight = record("weight", Map.of("values", Map.of("value", 81)));
        webhooks.deliverDue();
        assertThat(received.stream().filter(r -> r[1].contains(weight))).isEmpty();
        review(weight);
        webhooks.deliverDue();
        List<String[]> mine = received.stream().filter(r -> r[1].contains(weight)).toList();
        assertThat(mine).hasSize(1);
        assertThat(WebhookSignature.verify(mine.get(0)[0], secret, mine.get(0)[1])).isTrue();
        JsonNode notification = JSON.readTree(mine.get(0)[1]);
        assertThat(notification.get("resourceType").asText()).isEqualTo("Observation");
        assertThat(notification.get("versionId").asText()).isEqualTo("1");
        List<String> fields = new java.util.ArrayList<>();
        notification.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "resourceType", "resourceId", "versionId", "reference",
                "occurredAt");
        assertThat(mine.get(0)[1]).doesNotContain(hetu);

        // A receiver that keeps failing: retried with back-off, then parked, then replayed.
        failuresLeft.set(100);
        String second = record("weight", Map.of("values", Map.of("value", 80)));
        review(second);
        for (int attempt = 0; attempt < 8; attempt++) {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "UPDATE webhook_delivery SET next_attempt_at = ?2 WHERE resource_id = ?1 AND status = 'PENDING'")
                    .setParameter(1, second).setParameter(2, java.sql.Timestamp.from(clock.instant().minusSeconds(1)))
                    .executeUpdate());
            webhooks.deliverDue();
        }
        JsonNode parked = JSON.readTree(given().auth().oauth2(integrator)
                .get("/api/v1/webhooks/" + webhook + "/parked").then().statusCode(200).extract().asString());
        assertThat(parked).hasSize(1);
        assertThat(parked.get(0).get("resourceId").asText()).isEqualTo(second);
        assertThat(parked.get(0).get("attempts").asInt()).isEqualTo(8);
        assertThat(parked.get(0).get("lastError").asText()).isEqualTo("HTTP 503");

        failuresLeft.set(0);
        given().auth().oauth2(TestTokens.integrator("someone-else")).post("/api/v1/webhooks/" + webhook + "/parked/"
                + parked.get(0).get("id").asText() + "/replay").then().statusCode(404);
        given().auth().oauth2(integrator).post("/api/v1/webhooks/" + webhook + "/parked/"
                + parked.get(0).get("id").asText() + "/replay").then().statusCode(200).body("status",
                        equalTo("PENDING"));
        int before = received.size();
        webhooks.deliverDue();
        assertThat(received.size()).isGreaterThan(before);
        assertThat(received.get(received.size() - 1)[1]).contains(second);
        given().auth().oauth2(integrator).get("/api/v1/webhooks/" + webhook + "/parked").then().statusCode(200)
                .body("size()", equalTo(0));
        given().auth().oauth2(integrator).delete("/api/v1/webhooks/" + webhook).then().statusCode(204);
    }
}
