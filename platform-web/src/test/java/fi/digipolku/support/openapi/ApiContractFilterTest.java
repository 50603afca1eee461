package fi.digipolku.support.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

class ApiContractFilterTest {

    private static OpenAPI document(String path, Operation operation) {
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem(path,
                OASFactory.createPathItem().GET(operation)));
    }

    private static Operation operation(String... errorCodes) {
        Operation operation = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("ok")))
                .security(List.of(OASFactory.createSecurityRequirement().addScheme("oidc", List.of("client"))));
        for (String code : errorCodes) {
            operation.getResponses().addAPIResponse(code, OASFactory.createAPIResponse().description(code));
        }
        return operation;
    }

    @Test
    void errorsGetAProblemBodyAndEveryOperationItsOutage() {
        Operation operation = operation("404");
        OpenAPI api = document("/api/v1/things", operation);

        new ApiContractFilter().filterOpenAPI(api);

        APIResponse notFound = operation.getResponses().getAPIResponse("404");
        assertThat(notFound.getContent().getMediaType("application/problem+json").getSchema().getRef())
                .isEqualTo("#/components/schemas/Problem");
        APIResponse unavailable = operation.getResponses().getAPIResponse("503");
        assertThat(unavailable.getHeaders()).containsKey("Retry-After");
        assertThat(unavailable.getContent().getMediaType("application/problem+json")).isNotNull();
        assertThat(operation.getResponses().getAPIResponse("200").getContent()).isNull();
    }

    @Test
    void anOperationThatTakesAnIdempotencyKeySaysWhatARetryGetsAndDocumentsTheReusedKey() {
        Operation create = operation("400").addParameter(OASFactory.createParameter().name("Idempotency-Key")
                .in(Parameter.In.HEADER));
        Operation anonymous = operation("400").addParameter(OASFactory.createParameter().name("Idempotency-Key")
                .in(Parameter.In.HEADER).description("Compared by the path only"));
        Operation read = operation("404");
        OpenAPI api = OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem("/api/v1/things",
                OASFactory.createPathItem().POST(create).GET(read)).addPathItem("/api/v1/answers",
                        OASFactory.createPathItem().POST(anonymous)));

        new ApiContractFilter().filterOpenAPI(api);

        assertThat(create.getParameters().get(0).getDescription()).contains("Idempotent-Replayed: true", "422",
                "kept for 24 hours");
        assertThat(anonymous.getParameters().get(0).getDescription()).isEqualTo("Compared by the path only");
        assertThat(anonymous.getResponses().getAPIResponse("422")).isNotNull();
        assertThat(create.getResponses().getAPIResponse("422").getContent().getMediaType("application/problem+json"))
                .isNotNull();
        assertThat(read.getResponses().getAPIResponse("422")).isNull();
    }

    @Test
    void aChangeWithIfMatchDocumentsItsPreconditionsAndAReadWithAnETagItsNotModified() {
        Operation change = operation().addParameter(OASFactory.createParameter().name("If-Match")
                .in(Parameter.In.HEADER).required(true));
        change.getResponses().getAPIResponse("200").addHeader("ETag", OASFactory.createHeader());
        Operation read = operation();
        read.getResponses().getAPIResponse("200").addHeader("ETag", OASFactory.createHeader());
        Operation plainRead = operation();
        OpenAPI api = OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem("/api/v1/things/{id}",
                OASFactory.createPathItem().PUT(change).GET(read)).addPathItem("/api/v1/others",
                        OASFactory.createPathItem().GET(plainRead)));

        new ApiContractFilter().filterOpenAPI(api);

        assertThat(change.getResponses().getAPIResponses()).containsKeys("412", "428");
        assertThat(change.getResponses().getAPIResponse("428").getContent().getMediaType("application/problem+json"))
                .isNotNull();
        assertThat(read.getParameters()).extracting(p -> p.getName()).containsExactly("If-None-Match",
                "Digipolku-On-Behalf-Of");
        assertThat(change.getParameters()).extracting(p -> p.getName()).containsExactly("If-Match",
                "Digipolku-On-Behalf-Of");
        assertThat(change.getResponses().getAPIResponse("304")).isNull();
        assertThat(read.getResponses().getAPIResponse("304").getContent()).isNull();
        assertThat(plainRead.getParameters()).extracting(p -> p.getName()).containsExactly("Digipolku-On-Behalf-Of");
        assertThat(plainRead.getResponses().getAPIResponse("304")).isNull();
    }

    @Test
    void fhirErrorsAreOperationOutcomes() {
        Operation operation = operation("400");
        OpenAPI api = document("/fhir/r4/{type}", operation);

        new ApiContractFilter().filterOpenAPI(api);

        assertThat(operation.getResponses().getAPIResponse("400").getContent()
                .getMediaType("application/fhir+json").getSchema().getRef())
                .isEqualTo("#/components/schemas/OperationOutcome");
        assertThat(api.getComponents().getSchemas()).containsKey("OperationOutcome");
    }

    @Test
    void theGatewayIsTheServerAndTheRealmTheScheme() {
        Operation operation = operation();
        OpenAPI api = document("/api/v1/things", operation);

        new ApiContractFilter().filterOpenAPI(api);

        assertThat(api.getServers()).extracting(s -> s.getUrl()).containsExactly("http://localhost:8080");
        assertThat(api.getComponents().getSecuritySchemes().get("oidc").getOpenIdConnectUrl())
                .isEqualTo("http://localhost:8180/realms/digipolku/.well-known/openid-configuration");
        assertThat(api.getComponents().getSecuritySchemes().get("bearer").getScheme()).isEqualTo("bearer");
        assertThat(operation.getSecurity()).hasSize(2);
        assertThat(operation.getSecurity().get(1).getScheme("bearer")).containsExactly("client");
    }

    @Test
    void runningTwiceChangesNothing() {
        Operation operation = operation("409");
        OpenAPI api = document("/api/v1/things", operation);

        new ApiContractFilter().filterOpenAPI(api);
        new ApiContractFilter().filterOpenAPI(api);

        assertThat(operation.getSecurity()).hasSize(2);
        assertThat(operation.getResponses().getAPIResponses()).containsOnlyKeys("200", "406", "409", "503");
        assertThat(operation.getParameters()).hasSize(1);
    }

    @Test
    void aCreateSaysItsLocationItsReplayAndTheConflictOfARemovedResult() {
        Operation create = operation("400", "409").addParameter(OASFactory.createParameter().name("Idempotency-Key")
                .in(Parameter.In.HEADER)).requestBody(OASFactory.createRequestBody());
        create.getResponses().removeAPIResponse("200");
        create.getResponses().addAPIResponse("201", OASFactory.createAPIResponse().description("Made")
                .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Thing")))));
        OpenAPI api = OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem("/api/v1/things",
                OASFactory.createPathItem().POST(create)));

        new ApiContractFilter().filterOpenAPI(api);
        new ApiContractFilter().filterOpenAPI(api);

        assertThat(create.getResponses().getAPIResponse("201").getHeaders()).containsOnlyKeys("Location");
        APIResponse replayed = create.getResponses().getAPIResponse("200");
        assertThat(replayed.getHeaders()).containsOnlyKeys("Idempotent-Replayed");
        assertThat(replayed.getContent().getMediaType("application/json").getSchema().getRef())
                .isEqualTo("#/components/schemas/Thing");
        assertThat(create.getResponses().getAPIResponse("409").getDescription()).startsWith("409; or ")
                .containsOnlyOnce("has since been removed");
        assertThat(create.getResponses().getAPIResponses()).containsKeys("413", "415", "406", "422");
        assertThat(create.getResponses().getAPIResponse("415").getContent().getMediaType("application/problem+json"))
                .isNotNull();
    }

    @Test
    void onlyOperationsAClientMayCallTakeTheOnBehalfHeader() {
        Operation professional = operation();
        professional.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("oidc",
                List.of("professional", "admin"))));
        Operation client = operation();
        OpenAPI api = OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem("/api/v1/things",
                OASFactory.createPathItem().GET(client).PUT(professional)));

        new ApiContractFilter().filterOpenAPI(api);

        assertThat(professional.getParameters()).isNull();
        assertThat(client.getParameters()).singleElement().satisfies(header -> {
            assertThat(header.getName()).isEqualTo("Digipolku-On-Behalf-Of");
            assertThat(header.getIn()).isEqualTo(Parameter.In.HEADER);
            assertThat(header.getDescription()).contains("mandate", "403");
        });
    }
}
