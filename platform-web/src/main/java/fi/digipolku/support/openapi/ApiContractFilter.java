package fi.digipolku.support.openapi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.smallrye.openapi.OpenApiFilter;

import fi.digipolku.support.http.Idempotency;
import fi.digipolku.support.problem.FhirOutcome;
import fi.digipolku.support.problem.Problem;

/**
 * What every OpenAPI document of the platform says the same way, so generated clients see one contract:
 * <ul>
 * <li>every error response (4xx, 5xx) has a body: {@code application/problem+json} with the {@code Problem} schema, or
 * under {@code /fhir} a FHIR {@code OperationOutcome} ({@code application/fhir+json});</li>
 * <li>every operation that takes an {@code Idempotency-Key} describes it the same way and documents the 422 of a key
 * used for another request, the 409 of a retry after what it made was removed, and its 201 (with {@code Location})
 * and 200 (with {@code Idempotent-Replayed});</li>
 * <li>operations with a body document 413 and 415, every operation 406; operations a client may call take the
 * on-behalf header of a person acting under a mandate;</li>
 * <li>a change that takes {@code If-Match} documents 412 (and 428 when required); a read whose answer has an
 * {@code ETag} header takes {@code If-None-Match} and documents 304;</li>
 * <li>every operation documents the 503 a service gives while its database is unreachable, with {@code Retry-After};</li>
 * <li>the {@code servers} entry is the gateway's public URL ({@code digipolku.api.public-url}); the security scheme
 * {@value #SECURITY_SCHEME} points at the realm's OpenID Connect discovery document
 * ({@code digipolku.api.openid-connect-url}), and {@value #BEARER_SCHEME} takes the same token pasted, with the same
 * roles (OpenAPI 3.1 lists roles as the scopes of any scheme).</li>
 * </ul>
 * It runs when the document is built (the stored document clients are generated from) and again at start, when the
 * deployment's URLs are known. Running it twice changes nothing.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BOTH)
public class ApiContractFilter implements OASFilter {

    /** The name of the one security scheme ({@code quarkus.smallrye-openapi.security-scheme-name}). */
    public static final String SECURITY_SCHEME = "oidc";
    /** The same tokens, pasted: what Swagger UI's Authorize dialog and simple clients use. */
    static final String BEARER_SCHEME = "bearer";
    static final String PROBLEM = "Problem";
    static final String OPERATION_OUTCOME = "OperationOutcome";
    static final String UNAVAILABLE = "503";
    static final String KEY_REUSED = "422";
    /** The 409 of a retry whose first try's result has since been removed. */
    static final String SPENT = "What the Idempotency-Key made has since been removed (a retry after a delete); "
            + "nothing was made again, and making it anew takes a new key";
    static final String IF_MATCH = "If-Match";
    static final String IF_NONE_MATCH = "If-None-Match";
    static final String ETAG = "ETag";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Config config = ConfigProvider.getConfig();
        String publicUrl = config.getOptionalValue("digipolku.api.public-url", String.class)
                .orElse("http://localhost:8080");
        Optional<String> discovery = config.getOptionalValue("digipolku.api.openid-connect-url", String.class)
                .or(() -> config.getOptionalValue("quarkus.oidc.auth-server-url", String.class)
                        .map(realm -> realm.replaceAll("/+$", "") + "/.well-known/openid-configuration"));
        api.setServers(List.of(OASFactory.createServer().url(publicUrl)
                .description("The gateway: every API path of every service, with a bearer token from the realm")));
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Components components = api.getComponents();
        discovery.ifPresent(url -> components.addSecurityScheme(SECURITY_SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OPENIDCONNECT).openIdConnectUrl(url)
                .description("A bearer access token of the platform's realm (audience digipolku); the roles an "
                        + "operation needs are listed as its scopes")));
        components.addSecurityScheme(BEARER_SCHEME, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT")
                .description("An access token of the platform's realm, as obtained by any of its flows"));
        if (api.getPaths() != null
                && api.getPaths().getPathItems().keySet().stream().anyMatch(ApiContractFilter::fhir)) {
            components.addSchema(OPERATION_OUTCOME, operationOutcomeSchema());
        }
        if (api.getPaths() == null) {
            return;
        }
        String onBehalfHeader = config.getOptionalValue("digipolku.security.on-behalf-header", String.class)
                .orElse("Digipolku-On-Behalf-Of");
        long keptHours = config.getOptionalValue("digipolku.idempotency.kept-for", String.class)
                .map(DurationConverter::parseDuration).orElse(Duration.ofHours(24)).toHours();
        api.getPaths().getPathItems().forEach((path, item) -> operations(item).forEach(operation -> {
            bearerAlternative(operation);
            if (operation.getResponses() == null) {
                return;
            }
            idempotency(operation, keptHours);
            conditional(operation, operation == item.getGET());
            transport(operation);
            onBehalf(operation, onBehalfHeader);
            if (operation.getResponses().getAPIResponse(UNAVAILABLE) == null) {
                operation.getResponses().addAPIResponse(UNAVAILABLE, OASFactory.createAPIResponse()
                        .description("Unavailable for a moment (a database or service that cannot be reached, or "
                                + "too much work at once): send the request again after Retry-After seconds, a write "
                                + "with the same Idempotency-Key")
                        .addHeader("Retry-After", retryAfter()));
            }
            operation.getResponses().getAPIResponses().forEach((code, response) -> {
                if (isError(code) && (response.getContent() == null || response.getContent().getMediaTypes().isEmpty())
                        && response.getRef() == null) {
                    response.setContent(errorContent(fhir(path)));
                }
            });
        }));
    }

    /** Each operation that takes the OpenID Connect scheme takes a pasted token too, with the same roles. */
    /**
     * An operation that takes an Idempotency-Key says the same of it as every other: what a retry gets, that a key used
     * for another request is a 422, and how long keys are kept.
     */
    private static void idempotency(Operation operation, long keptHours) {
        if (operation.getParameters() == null) {
            return;
        }
        operation.getParameters().stream()
                .filter(p -> p.getIn() == Parameter.In.HEADER && Idempotency.HEADER.equalsIgnoreCase(p.getName()))
                .findFirst().ifPresent(key -> {
                    // An operation may say itself what is compared (an anonymous answer: its path only).
                    if (key.getDescription() == null || key.getDescription().isBlank()) {
                        key.setDescription("A key the client makes for this one request (a UUID, say) and sends again "
                                + "with every retry of it. A retry with the same key and the same request gets what the "
                                + "first try made, with " + Idempotency.REPLAYED + ": true, and nothing is made twice; "
                                + "the same key with another request (another operation or body) is refused with 422. "
                                + "Keys are per person and kept for " + keptHours + " hours; after that the key is "
                                + "forgotten and a request with it is new.");
                    }
                    replayAnswer(operation);
                    APIResponse conflict = operation.getResponses().getAPIResponse("409");
                    if (conflict == null) {
                        addIfAbsent(operation, "409", SPENT);
                    } else if (conflict.getDescription() == null || !conflict.getDescription().contains(SPENT)) {
                        conflict.setDescription((conflict.getDescription() == null
                                ? ""
                                : conflict.getDescription()
                                        + "; or ")
                                + SPENT);
                    }
                    if (operation.getResponses().getAPIResponse(KEY_REUSED) == null) {
                        operation.getResponses().addAPIResponse(KEY_REUSED, OASFactory.createAPIResponse()
                                .description("The Idempotency-Key was used by the same person for another request "
                                        + "within " + keptHours + " hours (type urn:digipolku:problem:"
                                        + "idempotency-key-reused); nothing was written"));
                    }
                });
    }

    /**
     * A create with an Idempotency-Key answers 201 with {@code Location} the first time and 200 with
     * {@value Idempotency#REPLAYED}: true and the same body to a retry; both said on every such operation.
     */
    private static void replayAnswer(Operation operation) {
        APIResponse created = operation.getResponses().getAPIResponse("201");
        if (created == null) {
            return;
        }
        if (created.getHeaders() == null || !created.getHeaders().containsKey("Location")) {
            created.addHeader("Location", OASFactory.createHeader().description("Where what was made is read")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
        APIResponse replayed = operation.getResponses().getAPIResponse("200");
        if (replayed == null) {
            replayed = OASFactory.createAPIResponse().description("A retry with the same Idempotency-Key: what the "
                    + "first try made, as it is now; nothing was made again").content(created.getContent());
            operation.getResponses().addAPIResponse("200", replayed);
        }
        if (replayed.getHeaders() == null || !replayed.getHeaders().containsKey(Idempotency.REPLAYED)) {
            replayed.addHeader(Idempotency.REPLAYED, OASFactory.createHeader()
                    .description("true: this answers a retry, and nothing was made again")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
    }

    /**
     * What HTTP itself may answer, said on every operation: a body too large or of a media type the operation does
     * not take (on operations with a body), and an Accept header naming nothing the operation answers in.
     */
    private static void transport(Operation operation) {
        if (operation.getRequestBody() != null) {
            addIfAbsent(operation, "413", "The request body is larger than the service accepts (type "
                    + "urn:digipolku:problem:payload-too-large); nothing was written");
            addIfAbsent(operation, "415", "The body's Content-Type is not one this operation takes (type "
                    + "urn:digipolku:problem:unsupported-media-type); nothing was written");
        }
        addIfAbsent(operation, "406", "The Accept header names no media type this operation answers in (type "
                + "urn:digipolku:problem:not-acceptable)");
    }

    /**
     * An operation a client may call takes the header in which a client names the person they act for under a
     * mandate (a guardian for a child).
     */
    private static void onBehalf(Operation operation, String name) {
        boolean clients = operation.getSecurity() != null && operation.getSecurity().stream()
                .map(r -> r.getScheme(SECURITY_SCHEME)).anyMatch(roles -> roles != null && roles.contains("client"));
        if (!clients || header(operation, name).isPresent()) {
            return;
        }
        operation.addParameter(OASFactory.createParameter().name(name).in(Parameter.In.HEADER)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(100)
                        .pattern("[A-Za-z0-9._:@-]+"))
                .description("A client acting for another person under a mandate (a guardian for a child, a "
                        + "representative): that person's subject. The call is made as that person; without a "
                        + "mandate for them the answer is 403. Every read of their data is logged naming the person "
                        + "who acted."));
    }

    /**
     * Optimistic concurrency said the same way everywhere: a change that takes {@code If-Match} documents its 412 (and
     * its 428 when If-Match is required); a read whose answer carries an {@code ETag} header takes
     * {@code If-None-Match} and documents its 304.
     */
    private static void conditional(Operation operation, boolean read) {
        header(operation, IF_MATCH).ifPresent(ifMatch -> {
            boolean required = Boolean.TRUE.equals(ifMatch.getRequired());
            ifMatch.setDescription("The ETag of the resource as the client last read it (from the ETag header of a "
                    + "GET or of the previous change). The change is made only if nobody changed the resource in "
                    + "between: otherwise 412, and the client reads it again. * changes whatever version is current."
                    + (required ? " Required: without it the answer is 428." : ""));
            addIfAbsent(operation, "412", "The resource has changed since the client read it (If-Match names "
                    + "an older ETag): read it again and decide; nothing was changed");
            if (required) {
                addIfAbsent(operation, "428", "If-Match is missing; nothing was changed");
            }
        });
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (read && ok != null && ok.getHeaders() != null && ok.getHeaders().containsKey(ETAG)
                && header(operation, IF_NONE_MATCH).isEmpty()) {
            operation.addParameter(OASFactory.createParameter().name(IF_NONE_MATCH).in(Parameter.In.HEADER)
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                    .description("The ETag the client has: when it is still the current one, the answer is 304 "
                            + "without a body"));
            addIfAbsent(operation, "304", "Not modified: If-None-Match names the current ETag; no body");
        }
    }

    private static Optional<Parameter> header(Operation operation, String name) {
        return operation.getParameters() == null
                ? Optional.empty()
                : operation.getParameters().stream()
                        .filter(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()))
                        .findFirst();
    }

    private static void addIfAbsent(Operation operation, String code, String description) {
        if (operation.getResponses().getAPIResponse(code) == null) {
            operation.getResponses().addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static void bearerAlternative(Operation operation) {
        if (operation.getSecurity() == null) {
            return;
        }
        List<SecurityRequirement> requirements = new ArrayList<>(operation.getSecurity());
        requirements.stream().filter(r -> r.hasScheme(SECURITY_SCHEME)).findFirst().ifPresent(oidc -> {
            if (requirements.stream().noneMatch(r -> r.hasScheme(BEARER_SCHEME))) {
                requirements.add(OASFactory.createSecurityRequirement().addScheme(BEARER_SCHEME,
                        oidc.getScheme(SECURITY_SCHEME)));
                operation.setSecurity(requirements);
            }
        });
    }

    static boolean fhir(String path) {
        return path.startsWith("/fhir/");
    }

    private static boolean isError(String code) {
        return code.startsWith("4") || code.startsWith("5");
    }

    private static List<Operation> operations(PathItem item) {
        return item.getOperations() == null ? List.of() : List.copyOf(item.getOperations().values());
    }

    private static Content errorContent(boolean fhir) {
        String mediaType = fhir ? FhirOutcome.MEDIA_TYPE : Problem.MEDIA_TYPE;
        String schema = fhir ? OPERATION_OUTCOME : PROBLEM;
        return OASFactory.createContent().addMediaType(mediaType,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(schema)));
    }

    private static Header retryAfter() {
        return OASFactory.createHeader().description("Seconds to wait before sending the request again")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER));
    }

    /** The parts of a FHIR R4 OperationOutcome the platform fills ({@link FhirOutcome}). */
    private static Schema operationOutcomeSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema issue = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .properties(Map.of("severity", text, "code", text, "diagnostics", text));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("A FHIR R4 OperationOutcome (https://hl7.org/fhir/R4/operationoutcome.html)")
                .addRequired("resourceType").addRequired("issue")
                .properties(Map.of("resourceType", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .addEnumeration("OperationOutcome"), "issue",
                        OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(issue)));
    }
}
