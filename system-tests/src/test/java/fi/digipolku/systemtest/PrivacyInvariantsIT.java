package fi.digipolku.systemtest;

import static fi.digipolku.systemtest.Stack.as;
import static fi.digipolku.systemtest.Stack.gateway;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Privacy rules of the running system, checked through the gateway with real tokens:
 * <ul>
 * <li>a private diary entry is visible to nobody but its author, under every role and mandate and on every read path
 * of the pathway API (the paths are read from its OpenAPI document, so a new one is covered too), FHIR and events;</li>
 * <li>every read of a client's data by anyone else is in the client's access log, naming the acting person when a
 * guardian acted on behalf of the client.</li>
 * </ul>
 */
class PrivacyInvariantsIT {

    private static final String CHILD = "00000000-0000-4000-8000-000000000004";
    private static final String GUARDIAN = "00000000-0000-4000-8000-000000000003";
    private static final String ON_BEHALF = "Digipolku-On-Behalf-Of";

    private static String enrollment;
    /** Written by the child, readable by the child only. */
    private static final String CHILDS_SECRET = "lapsen-salaisuus-" + UUID.randomUUID();
    /** Written by the guardian on behalf of the child, readable by the guardian only. */
    private static final String GUARDIANS_SECRET = "huoltajan-salaisuus-" + UUID.randomUUID();

    @BeforeAll
    static void aFollowedYouthPathwayWithPrivateEntriesOfTwoAuthors() {
        // the youth pathway with its PRIVATE diary, followed by the weight team so that a nurse reads progress
        Map<String, Object> pathway = Stack.demoPathway("youth-sleep.json");
        pathway.put("kind", "PROFESSIONAL");
        pathway.put("careTeam", "weight-team");
        String definition = Stack.publish(pathway, "Yksityisyys");
        enrollment = Stack.startFor("nurse", definition, CHILD);

        Stack.record("child", enrollment, "mood-diary", Map.of("text", CHILDS_SECRET));
        Stack.record("child", enrollment, "sleep-basics", Map.of());
        as("guardian").header(ON_BEHALF, CHILD).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("text", GUARDIANS_SECRET))
                .post("/api/v1/enrollments/" + enrollment + "/modules/mood-diary/records").then().statusCode(201);
    }

    /** Every reader the platform knows, by the name the assertions use. */
    private static Map<String, Supplier<RequestSpecification>> readers() {
        Map<String, Supplier<RequestSpecification>> readers = new LinkedHashMap<>();
        readers.put("child", () -> as("child"));
        readers.put("guardian on behalf of the child", () -> as("guardian").header(ON_BEHALF, CHILD));
        readers.put("guardian as themself", () -> as("guardian"));
        readers.put("nurse of the following team", () -> as("nurse"));
        readers.put("physio of another team", () -> as("physio"));
        readers.put("admin", () -> as("admin"));
        readers.put("analyst", () -> as("analyst"));
        readers.put("other client", () -> as("client"));
        readers.put("integrator", () -> gateway().auth().oauth2(Stack.integratorToken()));
        return readers;
    }

    /** Every GET of the pathway API and the FHIR API that can show an enrollment's progress, made concrete. */
    private static List<String> readPaths() throws Exception {
        JsonNode openapi = new ObjectMapper()
                .readTree(gateway().get("/openapi/pathway").then().statusCode(200).extract().asString());
        List<String> paths = new ArrayList<>();
        openapi.get("paths").fields().forEachRemaining(path -> {
            String template = path.getKey();
            if (path.getValue().has("get") && template.startsWith("/api/v1/enrollments")
                    && template.replace("{id}", "").indexOf('{') < 0) {
                paths.add(template.replace("{id}", enrollment) + "?size=100");
            }
        });
        assertThat(paths).as("enrollment read paths in the OpenAPI document").hasSizeGreaterThanOrEqualTo(5);
        paths.add("/api/v1/enrollments?size=100");
        paths.add("/api/v1/enrollments?history=true&size=100");
        paths.add("/api/v1/monitoring?size=100");
        paths.add("/fhir/r4/Observation?_count=100");
        paths.add("/fhir/r4/QuestionnaireResponse?_count=100");
        return paths;
    }

    @Test
    void aPrivateEntryIsVisibleToNobodyButItsAuthor() throws Exception {
        List<String> leaks = new ArrayList<>();
        int reads = 0;
        for (var reader : readers().entrySet()) {
            for (String path : readPaths()) {
                Response response = reader.getValue().get().get(path);
                reads++;
                assertThat(response.statusCode()).as("%s GET %s", reader.getKey(), path).isLessThan(500);
                String body = response.asString();
                boolean seesChilds = body.contains(CHILDS_SECRET);
                boolean seesGuardians = body.contains(GUARDIANS_SECRET);
                if (seesChilds && !reader.getKey().equals("child")) {
                    leaks.add(reader.getKey() + " reads the child's private entry at " + path);
                }
                if (seesGuardians && !reader.getKey().equals("guardian on behalf of the child")) {
                    leaks.add(reader.getKey() + " reads the guardian's private entry at " + path);
                }
            }
        }
        System.out.printf("private entries: %d reads by %d readers checked%n", reads, readers().size());
        assertThat(leaks).isEmpty();

        // the authors do read their own entries back
        assertThat(as("child").get("/api/v1/enrollments/" + enrollment + "/records?size=100").then().statusCode(200)
                .extract().asString()).contains(CHILDS_SECRET);
        assertThat(as("guardian").header(ON_BEHALF, CHILD)
                .get("/api/v1/enrollments/" + enrollment + "/records?size=100").then().statusCode(200).extract()
                .asString()).contains(GUARDIANS_SECRET);
        // and no event carries either text
        assertThat(Stack.eventsOf("pathway-events", enrollment, 3).toString()).doesNotContain(CHILDS_SECRET,
                GUARDIANS_SECRET);
    }

    @Test
    void everyReadOfTheChildsDataByAnotherIsLoggedWithTheActingPerson() {
        as("nurse").get("/api/v1/enrollments/" + enrollment + "/records").then().statusCode(200);
        as("guardian").header(ON_BEHALF, CHILD).get("/api/v1/enrollments/" + enrollment + "/timeline").then()
                .statusCode(200);

        JsonNode log = Stack.json(as("child").get("/api/v1/access-log?size=100").then().statusCode(200).extract()
                .asString());
        List<JsonNode> entries = new ArrayList<>();
        log.get("items").forEach(entries::add);
        assertThat(log.get("total").asLong()).isGreaterThanOrEqualTo(entries.size());

        List<JsonNode> byGuardian = entries.stream().filter(e -> GUARDIAN.equals(e.path("actor").asText(null)))
                .toList();
        assertThat(byGuardian).as("the guardian's accesses name the guardian").isNotEmpty();
        assertThat(byGuardian).allSatisfy(e -> assertThat(e.get("reason").asText()).isEqualTo("acting on behalf"));
        assertThat(byGuardian).anySatisfy(e -> assertThat(e.toString()).contains("timeline"));

        assertThat(entries).as("the nurse's read of the records, by role and team").anySatisfy(e -> {
            assertThat(e.get("roles").toString()).contains("professional");
            assertThat(e.get("teams").toString()).contains("weight-team");
            assertThat(e.get("resource").asText()).contains(enrollment);
        });
        assertThat(entries).noneSatisfy(e -> assertThat(e.path("actor").isNull() && e.get("roles").toString()
                .contains("client")).isTrue());
    }
}
