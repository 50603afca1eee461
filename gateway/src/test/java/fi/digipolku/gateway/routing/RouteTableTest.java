package fi.digipolku.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.vertx.core.net.SocketAddress;

import fi.digipolku.gateway.routing.RouteTable.Route;

class RouteTableTest {

    record Service(URI url, List<String> prefixes) implements GatewayConfig.Service {

        @Override
        public io.quarkus.runtime.configuration.MemorySize maxBodySize() {
            return new io.quarkus.runtime.configuration.MemorySize(java.math.BigInteger.valueOf(1024 * 1024));
        }
    }

    private static Service service(String url, String... prefixes) {
        return new Service(URI.create(url), List.of(prefixes));
    }

    @Test
    void theMostSpecificPrefixComesFirst() {
        Map<String, Service> config = new LinkedHashMap<>();
        config.put("pathway", service("http://localhost:8081", "/api/v1/enrollments", "/fhir/r4"));
        config.put("reports", service("http://localhost:8084", "/api/v1/enrollments/statistics"));

        RouteTable table = new RouteTable(config);

        assertThat(table.routes()).extracting(Route::prefix)
                .containsExactly("/api/v1/enrollments/statistics", "/api/v1/enrollments", "/fhir/r4");
        assertThat(table.routes().get(0).upstream().name()).isEqualTo("reports");
        assertThat(table.serviceNames()).containsExactly("pathway", "reports");
        assertThat(table.service("pathway")).get().extracting(Upstream::address)
                .isEqualTo(SocketAddress.inetSocketAddress(8081, "localhost"));
        assertThat(table.service("nope")).isEmpty();
    }

    @Test
    void aPrefixHasOneOwner() {
        Map<String, Service> config = new LinkedHashMap<>();
        config.put("pathway", service("http://localhost:8081", "/api/v1/enrollments"));
        config.put("metrics", service("http://localhost:8084", "/api/v1/enrollments"));

        assertThatThrownBy(() -> new RouteTable(config)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/api/v1/enrollments").hasMessageContaining("pathway")
                .hasMessageContaining("metrics");
    }

    @Test
    void aPrefixIsAPlainAbsolutePath() {
        for (String prefix : List.of("api/v1/things", "/api/v1/things/", "/", "/api/*", "/api//things")) {
            assertThatThrownBy(() -> new RouteTable(Map.of("pathway", service("http://localhost:8081", prefix))))
                    .as(prefix).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aUrlIsSchemeHostAndPortOnly() {
        assertThat(Upstream.of("a", URI.create("http://pathway"))).isEqualTo(
                new Upstream("a", SocketAddress.inetSocketAddress(80, "pathway"), false));
        assertThat(Upstream.of("a", URI.create("https://pathway/"))).isEqualTo(
                new Upstream("a", SocketAddress.inetSocketAddress(443, "pathway"), true));
        for (String url : List.of("ftp://pathway", "http://pathway/base", "http://pathway?x=1", "pathway:8081")) {
            assertThatThrownBy(() -> Upstream.of("a", URI.create(url))).as(url)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
