package fi.digipolku.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenApiRoutesTest {

    @Test
    void jsonUnlessAskedOtherwise() {
        assertThat(OpenApiRoutes.documentUri(null, null)).isEqualTo("/q/openapi?format=json");
        assertThat(OpenApiRoutes.documentUri(null, "*/*")).isEqualTo("/q/openapi?format=json");
        assertThat(OpenApiRoutes.documentUri("", "application/json")).isEqualTo("/q/openapi?format=json");
    }

    @Test
    void anAskedFormatIsPassedOn() {
        assertThat(OpenApiRoutes.documentUri("yaml", null)).isEqualTo("/q/openapi?format=yaml");
        assertThat(OpenApiRoutes.documentUri("a&b", null)).isEqualTo("/q/openapi?format=a%26b");
        assertThat(OpenApiRoutes.documentUri(null, "application/yaml")).isEqualTo("/q/openapi");
    }
}
