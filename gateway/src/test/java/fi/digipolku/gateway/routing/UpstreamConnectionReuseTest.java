package fi.digipolku.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * The proxy resets its upstream request when the caller goes away while the answer is being passed on. By then the
 * answer may have arrived in full and its pooled connection may already carry the next caller's request. Resetting a
 * finished request must leave that connection alone; Vert.x before 4.5.33 closed it, and the next caller got 502
 * "Connection was closed" (the gateway's pom pins a Vert.x with the fix).
 */
class UpstreamConnectionReuseTest {

    private final Vertx vertx = Vertx.vertx();
    private final WireMockServer upstream = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));

    @BeforeEach
    void start() {
        upstream.start();
        upstream.stubFor(get(urlEqualTo("/quick")).willReturn(aResponse().withStatus(200).withBody("quick")));
        upstream.stubFor(get(urlEqualTo("/slow")).willReturn(aResponse().withStatus(200).withBody("slow")
                .withFixedDelay(300)));
    }

    @AfterEach
    void stop() throws Exception {
        upstream.stop();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void resettingAFinishedRequestLeavesTheConnectionToTheNextRequest() throws Exception {
        // One pooled connection, so the second request surely reuses the first one's.
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(1).setKeepAlive(true));
        RequestOptions quick = new RequestOptions().setHost("127.0.0.1").setPort(upstream.port())
                .setMethod(HttpMethod.GET).setURI("/quick");
        HttpClientRequest first = await(client.request(quick));
        assertThat(await(first.send().compose(response -> response.body())).toString()).isEqualTo("quick");

        var second = client.request(new RequestOptions(quick).setURI("/slow"))
                .compose(request -> request.send().compose(response -> response.body()));
        Thread.sleep(100); // the second request is on the connection and waits for its answer
        first.reset();

        assertThat(second.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).toString())
                .isEqualTo("slow");
    }

    private static <T> T await(io.vertx.core.Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
