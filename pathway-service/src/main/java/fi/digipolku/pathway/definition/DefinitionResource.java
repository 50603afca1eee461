package fi.digipolku.pathway.definition;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.digipolku.support.http.ETags;
import fi.digipolku.support.http.Idempotency;
import fi.digipolku.support.http.Idempotency.Outcome;
import fi.digipolku.support.http.Page;
import fi.digipolku.support.identity.CurrentCaller;
import fi.digipolku.support.identity.Role;

/** Pathway definitions: admins build and publish them; every signed-in user may read the published ones. */
@Path("/api/v1/pathway-definitions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pathway definitions")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role may not do this")
public class DefinitionResource {

    static final String ETAG = "The definition's version: send it as If-Match to change the definition";
    static final String CHANGED_ETAG = "The changed definition's version: send it as If-Match with the next change";

    private final DefinitionService service;
    private final CurrentCaller caller;

    public DefinitionResource(DefinitionService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(operationId = "createPathwayDefinition", summary = "Create a pathway definition as a draft", description = "Role admin. A draft may be incomplete: publishing checks "
            + "everything it needs. The answer carries the ETag to send as If-Match when editing. Send an Idempotency-Key to retry safely: a retry gets the definition the first "
            + "try created, as it is now.")
    @APIResponse(responseCode = "201", description = "Draft created", headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DefinitionView.class), examples = @ExampleObject(name = "draft", summary = "The weight-management coaching as a new draft", value = DefinitionExamples.CREATED)))
    @APIResponse(responseCode = "200", description = "A retry with the same Idempotency-Key by the same person with the same body: the definition the first try created, as it is now (header Idempotent-Replayed: true); nothing is created again", headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DefinitionView.class), examples = @ExampleObject(name = "replayed", summary = "The draft the first try created", value = DefinitionExamples.CREATED)))
    @APIResponse(responseCode = "400", description = "Invalid definition")
    public Response create(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DefinitionContent.class), examples = @ExampleObject(name = "weightManagement", summary = "A 12-week weight-management coaching followed by weight-team", value = DefinitionExamples.CONTENT))) @NotNull @Valid DefinitionContent content,
            @HeaderParam(Idempotency.HEADER) @Size(max = Idempotency.MAX_LENGTH) @Pattern(regexp = Idempotency.KEY_PATTERN, message = Idempotency.KEY_MESSAGE) String key) {
        Outcome<DefinitionView> created = service.create(content, caller.get().actor(), key);
        return Idempotency.created(created, URI.create("/api/v1/pathway-definitions/" + created.value().id()));
    }

    @GET
    @RolesAllowed({Role.ADMIN, Role.PROFESSIONAL, Role.CLIENT, Role.ANALYST, Role.INTEGRATOR})
    @Operation(operationId = "listPathwayDefinitions", summary = "List pathway definitions, oldest first", description = "Every signed-in role. Admins see drafts too, with their draft "
            + "content; everyone else sees published definitions with their latest published content. Paged by page (from 0) and size (20 by default, at most 100).")
    @APIResponse(responseCode = "200", description = "A page of definitions; non-admins see published ones only")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    public Page<DefinitionView> list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return service.list(page, size, caller.get());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.ADMIN, Role.PROFESSIONAL, Role.CLIENT, Role.ANALYST, Role.INTEGRATOR})
    @Operation(operationId = "getPathwayDefinition", summary = "Get one pathway definition", description = "Every signed-in role. Admins also read drafts and the draft content; "
            + "everyone else reads published definitions only, with the latest published content (draft null). The ETag header is the value to send as If-Match.")
    @APIResponse(responseCode = "200", description = "The definition, with an ETag", headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DefinitionView.class), examples = @ExampleObject(name = "published", summary = "Version 2 of the weight-management coaching, as a client or professional sees it", value = DefinitionExamples.PUBLISHED)))
    @APIResponse(responseCode = "404", description = "No such definition, or not published")
    public DefinitionView get(@PathParam("id") UUID id) {
        return service.get(id, caller.get());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}")
    @RolesAllowed(Role.ADMIN)
    @Operation(operationId = "updatePathwayDefinition", summary = "Replace the draft of a pathway definition", description = "Role admin. Send If-Match with the ETag you read, so that "
            + "concurrent edits are not lost. Published versions stay as they were until the next publish.")
    @APIResponse(responseCode = "200", description = "Draft replaced", headers = @Header(name = "ETag", description = CHANGED_ETAG, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DefinitionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid definition")
    @APIResponse(responseCode = "404", description = "No such definition")
    @APIResponse(responseCode = "409", description = "The definition is retired")
    public DefinitionView update(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DefinitionContent.class), examples = @ExampleObject(name = "weightManagement", summary = "The weight-management coaching, edited", value = DefinitionExamples.CONTENT))) @NotNull @Valid DefinitionContent content) {
        return service.update(id, ETags.required(ifMatch), content);
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed(Role.ADMIN)
    @Operation(operationId = "publishPathwayDefinition", summary = "Publish the draft as a new immutable version", description = "Role admin. Every error of the draft is listed at "
            + "once. Send If-Match with the ETag you read, so that the draft published is the one you checked. New enrollments start on the latest version; running ones keep theirs.")
    @APIResponse(responseCode = "200", description = "A new immutable version was published", headers = @Header(name = "ETag", description = CHANGED_ETAG, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DefinitionView.class)))
    @APIResponse(responseCode = "400", description = "The draft has errors; all are listed")
    @APIResponse(responseCode = "404", description = "No such definition")
    @APIResponse(responseCode = "409", description = "The definition is retired")
    public DefinitionView publish(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true) String ifMatch) {
        return service.publish(id, ETags.required(ifMatch), caller.get());
    }

    @POST
    @Path("{id}/retire")
    @RolesAllowed(Role.ADMIN)
    @Operation(operationId = "retirePathwayDefinition", summary = "Retire a published pathway definition", description = "Role admin. A retired pathway takes no new enrollments; "
            + "running ones go on. Send If-Match with the ETag you read.")
    @APIResponse(responseCode = "200", description = "Retired: no new enrollments", headers = @Header(name = "ETag", description = CHANGED_ETAG, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DefinitionView.class)))
    @APIResponse(responseCode = "404", description = "No such definition")
    @APIResponse(responseCode = "409", description = "Not published")
    public DefinitionView retire(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true) String ifMatch) {
        return service.retire(id, ETags.required(ifMatch));
    }
}
