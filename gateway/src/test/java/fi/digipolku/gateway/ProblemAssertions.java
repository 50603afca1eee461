package fi.digipolku.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;

/** Checks shared by the tests of refusals: a problem body that gives nothing of the implementation away. */
public final class ProblemAssertions {

    /** A client that gives up after a few seconds, so a gateway that hangs fails the test instead of stalling it. */
    public static final RestAssuredConfig IMPATIENT = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.connection.timeout", 4000)
                    .setParam("http.socket.timeout", 4000));

    private ProblemAssertions() {
    }

    /** The response is a problem of the given status and type, with no stack trace or class name in it. */
    public static void assertProblem(Response response, int status, String type) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo(type);
        assertThat(response.jsonPath().getInt("status")).isEqualTo(status);
        assertThat(response.jsonPath().getString("detail")).isNotBlank();
        assertThat(response.asString()).doesNotContain("Exception", "at io.", "at java.", "io.vertx", "io.quarkus",
                "fi.digipolku", "java.", "Caused by");
    }
}
