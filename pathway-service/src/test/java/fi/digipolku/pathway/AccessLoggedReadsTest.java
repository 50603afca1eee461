package fi.digipolku.pathway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import fi.digipolku.support.accesslog.AccessLog;
import fi.digipolku.support.accesslog.AccessLogEntry;
import fi.digipolku.support.testing.TestTokens;

/**
 * Every read of a client's data by someone other than the client, on every read path, leaves an access-log entry
 * naming the person who read it: a professional of the following team, or a guardian acting for the child (whose
 * entries also say so); the client's own reads leave none.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class AccessLoggedReadsTest {

    private static final String ON_BEHALF = "Digipolku-On-Behalf-Of";

    @Inject
    AccessLog accessLog;

    private static List<String> readPaths(String enrollment) {
        String base = "/api/v1/enrollments/" + enrollment;
        return List.of("/api/v1/enrollments?size=100", base, base + "/content", base + "/records", base + "/timeline",
                base + "/flags");
    }

    private void assertEachReadIsLogged(String client, String actor, RequestSpecification as, List<String> paths,
            String reason) {
        for (String path : paths) {
            int before = accessLog.forClient(client, 0, 1000).size();
            as.get(path).then().statusCode(200);
            List<AccessLogEntry> entries = accessLog.forClient(client, 0, 1000);
            assertThat(entries.size()).as(path).isGreaterThan(before);
            List<AccessLogEntry> added = entries.subList(0, entries.size() - before);
            assertThat(added).as(path).allSatisfy(e -> {
                assertThat(e.actorSubject()).isEqualTo(actor);
                assertThat(e.action()).isEqualTo("read");
            });
            if (reason != null) {
                assertThat(added).as(path).allSatisfy(e -> assertThat(e.reason()).isEqualTo(reason));
            }
        }
    }

    @Test
    void everyReadByTheTeamNamesTheProfessional() {
        String client = "client-" + UUID.randomUUID();
        String nurse = TestTokens.professional("nurse-" + client, "weight-team");
        String definition = Fixtures.published(Fixtures.weightManagement());
        String enrollment = given().auth().oauth2(nurse).contentType(ContentType.JSON)
                .body(Map.of("definitionId", definition, "clientSubject", client)).post("/api/v1/enrollments")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.client(client)).contentType(ContentType.JSON)
                .body(Map.of("values", Map.of("value", 260)))
                .post("/api/v1/enrollments/" + enrollment + "/modules/weight/records").then().statusCode(201);

        List<String> paths = new java.util.ArrayList<>(readPaths(enrollment));
        paths.add("/api/v1/monitoring?definitionId=" + definition);
        assertEachReadIsLogged(client, "nurse-" + client, given().auth().oauth2(nurse), paths, null);

        int before = accessLog.forClient(client, 0, 1000).size();
        for (String path : readPaths(enrollment)) {
            given().auth().oauth2(TestTokens.client(client)).get(path).then().statusCode(200);
        }
        assertThat(accessLog.forClient(client, 0, 1000)).hasSize(before);
    }

    @Test
    void everyReadByAGuardianNamesTheGuardianActingOnBehalf() {
        String child = "child-" + UUID.randomUUID();
        String guardian = TestTokens.guardian("parent-" + child, child);
        String youth = Fixtures.published(Fixtures.youthSleep());
        String enrollment = given().auth().oauth2(TestTokens.client(child)).contentType(ContentType.JSON)
                .body(Map.of("definitionId", youth)).post("/api/v1/enrollments").then().statusCode(201).extract()
                .path("id");

        assertEachReadIsLogged(child, "parent-" + child, given().auth().oauth2(guardian).header(ON_BEHALF, child),
                readPaths(enrollment), AccessLog.ON_BEHALF);
    }
}
