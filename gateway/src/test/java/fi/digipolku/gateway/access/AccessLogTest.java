package fi.digipolku.gateway.access;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;

import fi.digipolku.gateway.FakeServices;
import fi.digipolku.gateway.ProblemAssertions;
import fi.digipolku.support.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeServices.class)
class AccessLogTest {

    @FakeServices.Server
    WireMockServer services;

    private void everyServiceAnswers(String page) {
        services.stubFor(get(urlPathEqualTo("/api/v1/access-log")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(page)));
    }

    @Test
    void theClientsLogIsMergedFromEveryServiceNewestFirstWithTheTotalOfAll() {
        everyServiceAnswers("""
                {"items":[{"at":"2026-11-20T10:00:00.5Z","roles":["professional"],"teams":["weight-team"],"actor":null,
                           "action":"read","resource":"enrollment/e-1","reason":"care-team follow-up"},
                          {"at":"2026-11-18T08:00:00Z","roles":["professional"],"teams":["weight-team"],"actor":null,
                           "action":"read","resource":"thread/t-1/messages","reason":"care-team follow-up"}],
                 "page":0,"size":4,"total":2}""");
        String client = TestTokens.client("client-1");

        JsonPath log = given().auth().oauth2(client).get("/api/v1/access-log?size=4").then().statusCode(200)
                .extract().jsonPath();

        // pathway, messaging and feedback answer (one fake server behind all three); metrics is down
        assertThat(log.getList("items.at", String.class)).hasSize(4).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(log.getList("items.service", String.class)).containsExactly("feedback", "messaging", "pathway",
                "feedback");
        assertThat(log.getLong("total")).isEqualTo(6);
        assertThat(log.getInt("page")).isZero();
        assertThat(log.getInt("size")).isEqualTo(4);
        assertThat(log.getList("unavailable", String.class)).containsExactly("metrics");
        assertThat(log.getString("items[0].actor")).isNull();
        services.verify(getRequestedFor(urlPathEqualTo("/api/v1/access-log")).withHeader("Authorization",
                equalTo("Bearer " + client)));
    }

    @Test
    void aLaterPageContinuesTheMergedOrderAcrossServices() {
        everyServiceAnswers("""
                {"items":[{"at":"2026-11-20T10:00:00Z","roles":["professional"],"teams":["t"],"action":"read",
                           "resource":"r-1","reason":"care"},
                          {"at":"2026-11-19T10:00:00Z","roles":["professional"],"teams":["t"],"action":"read",
                           "resource":"r-2","reason":"care"},
                          {"at":"2026-11-18T10:00:00Z","roles":["professional"],"teams":["t"],"action":"read",
                           "resource":"r-3","reason":"care"}],
                 "page":0,"size":4,"total":3}""");

        JsonPath log = given().auth().oauth2(TestTokens.client("client-2")).get("/api/v1/access-log?page=1&size=2")
                .then().statusCode(200).extract().jsonPath();

        // the merge is r-1 x3, r-2 x3, r-3 x3 (by service name within a time); page 1 of size 2 is its 3rd and 4th
        assertThat(log.getList("items.resource", String.class)).containsExactly("r-1", "r-2");
        assertThat(log.getList("items.service", String.class)).containsExactly("pathway", "feedback");
        assertThat(log.getLong("total")).isEqualTo(9);
        services.verify(getRequestedFor(urlPathEqualTo("/api/v1/access-log"))
                .withQueryParam("page", equalTo("0")).withQueryParam("size", equalTo("4")));
    }

    @Test
    void aServiceThatAnswersTheOldListIsNamedUnavailable() {
        everyServiceAnswers("[]");

        JsonPath log = given().auth().oauth2(TestTokens.client("client-3")).get("/api/v1/access-log").then()
                .statusCode(200).extract().jsonPath();

        assertThat(log.getList("unavailable", String.class)).containsExactly("feedback", "messaging", "metrics",
                "pathway");
        assertThat(log.getLong("total")).isZero();
    }

    @Test
    void onlyClientsReadTheirLog() {
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.professional("pro-1", "t"))
                .get("/api/v1/access-log"), 403, "urn:digipolku:problem:forbidden");
        ProblemAssertions.assertProblem(given().get("/api/v1/access-log"), 401, "urn:digipolku:problem:unauthorized");
        ProblemAssertions.assertProblem(given().auth().oauth2(TestTokens.client("c")).get("/api/v1/access-log?size=0"),
                400, "urn:digipolku:problem:validation");
    }
}
