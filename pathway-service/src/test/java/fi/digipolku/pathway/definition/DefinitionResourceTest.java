package fi.digipolku.pathway.definition;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import fi.digipolku.pathway.Fixtures;
import fi.digipolku.support.outbox.OutboxRelay;
import fi.digipolku.support.testing.TestTokens;
import fi.digipolku.support.testing.events.OutboxEvents;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class DefinitionResourceTest {

    private static final String PATH = "/api/v1/pathway-definitions";

    @Inject
    OutboxRelay relay;

    private final String admin = TestTokens.admin("admin-1");

    private final OutboxEvents events = new OutboxEvents();

    @BeforeEach
    void clearSink() {
        events.clear();
    }

    static Map<String, Object> content(String kind, boolean messaging) {
        Map<String, Object> content = kind.equals("SELF_CARE") ? Fixtures.youthSleep() : Fixtures.weightManagement();
        content.put("messagingEnabled", messaging);
        return content;
    }

    private Response create(Map<String, Object> content) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON).body(content).post(PATH);
    }

    @Test
    void adminCreatesEditsAndPublishesAVersionThatEmitsAnEvent() throws Exception {
        Response created = create(content("PROFESSIONAL", true));
        created.then().statusCode(201).header("Location", containsString(PATH + "/"))
                .body("status", equalTo("DRAFT")).body("latestVersion", equalTo(0));
        String id = created.path("id");
        String etag = created.header("ETag");

        String edited = given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", etag)
                .body(content("PROFESSIONAL", false)).put(PATH + "/" + id)
                .then().statusCode(200).body("draft.messagingEnabled", equalTo(false)).extract().header("ETag");
        assertThat(edited).isNotEqualTo(etag);

        given().auth().oauth2(admin).header("If-Match", edited).post(PATH + "/" + id + "/publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("latestVersion", equalTo(1))
                .body("published.careTeam", equalTo("weight-team"))
                .body("published.modules.size()", equalTo(7));

        // relayed once, by the relay's schedule or by this test's reader, whichever comes first
        List<JsonNode> sent = events.all();
        assertThat(sent).hasSize(1);
        JsonNode event = sent.get(0);
        assertThat(event.get("type").asText()).isEqualTo("fi.digipolku.definition.published");
        assertThat(event.get("subject").asText()).isEqualTo(id);
        assertThat(event.get("data").get("version").asInt()).isEqualTo(1);
        assertThat(event.get("data").get("careTeam").asText()).isEqualTo("weight-team");
        assertThat(relay.relayDue()).as("a sent event is not sent again").isZero();
    }

    @Test
    void publishedVersionIsFrozenWhileTheDraftMovesOn() {
        Response created = create(content("PROFESSIONAL", true));
        String id = created.path("id");
        String etag = given().auth().oauth2(admin).header("If-Match", created.header("ETag"))
                .post(PATH + "/" + id + "/publish").then().statusCode(200).extract().header("ETag");
        assertThat(Fixtures.etag(admin, PATH + "/" + id)).isEqualTo(etag);

        Map<String, Object> changed = content("PROFESSIONAL", true);
        changed.put("durationDays", 90);
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", etag).body(changed)
                .put(PATH + "/" + id).then().statusCode(200)
                .body("draft.durationDays", equalTo(90)).body("published.durationDays", equalTo(84));

        given().auth().oauth2(TestTokens.client("client-1")).get(PATH + "/" + id)
                .then().statusCode(200).body("published.durationDays", equalTo(84)).body("draft", nullValue());
    }

    private ValidatableResponse change(String change, String id, String ifMatch) {
        var request = given().auth().oauth2(admin);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return switch (change) {
            case "edit" -> request.contentType(ContentType.JSON).body(content("PROFESSIONAL", false))
                    .put(PATH + "/" + id).then();
            default -> request.post(PATH + "/" + id + "/" + change).then();
        };
    }

    @Test
    void everyChangeWithoutIfMatchOrWithAStaleOneIsRefusedAndChangesNothing() {
        Response created = create(content("PROFESSIONAL", true));
        String id = created.path("id");
        String stale = created.header("ETag");
        String current = change("edit", id, stale).statusCode(200).extract().header("ETag");
        String published = change("publish", id, current).statusCode(200).extract().header("ETag");
        events.clear();

        for (String change : List.of("edit", "publish", "retire")) {
            change(change, id, null).statusCode(428).contentType("application/problem+json")
                    .body("type", equalTo("urn:digipolku:problem:precondition-required"));
            change(change, id, stale).statusCode(412).contentType("application/problem+json")
                    .body("type", equalTo("urn:digipolku:problem:precondition-failed"))
                    .body("detail", containsString(published));
            change(change, id, "yesterday").statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("If-Match"));
        }
        given().auth().oauth2(admin).get(PATH + "/" + id).then().statusCode(200).header("ETag", published)
                .body("status", equalTo("PUBLISHED")).body("latestVersion", equalTo(1))
                .body("draft.messagingEnabled", equalTo(false));
        assertThat(events.all()).as("nothing published or retired").isEmpty();

        String retired = change("retire", id, published).statusCode(200).body("status", equalTo("RETIRED"))
                .extract().header("ETag");
        assertThat(retired).isNotEqualTo(published);
        assertThat(Fixtures.etag(admin, PATH + "/" + id)).isEqualTo(retired);
    }

    @Test
    void aChangeOfSomethingThatIsNotThereOrNotAllowedSaysSoWhateverTheIfMatch() {
        String missing = PATH + "/" + java.util.UUID.randomUUID();
        given().auth().oauth2(admin).header("If-Match", "\"0\"").post(missing + "/publish").then().statusCode(404)
                .contentType("application/problem+json");
        String id = create(content("SELF_CARE", false)).path("id");
        change("retire", id, "\"999\"").statusCode(409).body("type", equalTo("urn:digipolku:problem:conflict"));
    }

    @Test
    void publishListsEveryRuleBrokenAtOnce() {
        Map<String, Object> invalid = content("SELF_CARE", true);
        invalid.put("name", Map.of("en", "English only"));
        invalid.remove("serviceEvent");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> modules = (List<Map<String, Object>>) invalid.get("modules");
        modules.get(1).put("key", modules.get(0).get("key"));
        modules.get(4).remove("questionnaire");
        Response created = create(invalid);
        String id = created.path("id");

        given().auth().oauth2(admin).header("If-Match", created.header("ETag")).post(PATH + "/" + id + "/publish")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:digipolku:problem:validation"))
                .body("errors.field", hasItem("name.fi"))
                .body("errors.field", hasItem("messagingEnabled"))
                .body("errors.field", hasItem("serviceEvent"))
                .body("errors.field", hasItem("modules[1].key"))
                .body("errors.field", hasItem("modules[4].questionnaire"));
    }

    @Test
    void retiredDefinitionCannotBeRetiredOrPublishedAgain() {
        Response created = create(content("SELF_CARE", false));
        String id = created.path("id");
        change("retire", id, created.header("ETag")).statusCode(409);
        String published = change("publish", id, created.header("ETag")).statusCode(200).extract().header("ETag");
        String retired = change("retire", id, published).statusCode(200).body("status", equalTo("RETIRED"))
                .extract().header("ETag");
        change("publish", id, retired).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:digipolku:problem:conflict"));
        change("edit", id, retired).statusCode(409);
    }

    @Test
    void invalidBodiesListTheFields() {
        Map<String, Object> invalid = content("PROFESSIONAL", true);
        invalid.put("durationDays", 0);
        invalid.put("careTeam", "Not A Team!");
        create(invalid).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("durationDays")).body("errors.field", hasItem("careTeam"));

        Map<String, Object> wrongEnum = content("PROFESSIONAL", true);
        wrongEnum.put("kind", "SOMETHING");
        create(wrongEnum).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"));

        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"name\": ").post(PATH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:digipolku:problem:malformed-request"))
                .body(not(containsString("Exception")));

        given().auth().oauth2(admin).contentType(ContentType.JSON).post(PATH)
                .then().statusCode(400).contentType("application/problem+json");

        given().auth().oauth2(admin).get(PATH + "/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(admin).get(PATH + "?size=1000").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
    }

    @Test
    void onlyAdminsChangeDefinitions() {
        for (String token : List.of(TestTokens.client("c"), TestTokens.professional("p", "weight-team"),
                TestTokens.analyst("a"), TestTokens.integrator("i"))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(content("SELF_CARE", false)).post(PATH)
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("urn:digipolku:problem:forbidden"));
        }
        String id = create(content("SELF_CARE", false)).path("id");
        given().auth().oauth2(TestTokens.professional("p", "weight-team")).header("If-Match", "\"0\"")
                .post(PATH + "/" + id + "/publish").then().statusCode(403);
    }

    @Test
    void draftsAreHiddenFromEveryoneButAdmins() {
        String id = create(content("SELF_CARE", false)).path("id");

        given().auth().oauth2(TestTokens.client("c")).get(PATH + "/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.client("c")).get(PATH + "?size=100").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(admin).get(PATH + "?size=100").then().statusCode(200);
    }

    @Test
    void tokensThatAreMissingExpiredOrForeignAreRefused() {
        for (String token : List.of(TestTokens.expired("x"), TestTokens.wrongAudience("x"),
                TestTokens.wrongIssuer("x"))) {
            given().auth().oauth2(token).get(PATH).then().statusCode(401)
                    .contentType("application/problem+json");
        }
        given().get(PATH).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }
}
