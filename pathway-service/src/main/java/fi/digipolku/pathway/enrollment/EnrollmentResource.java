package fi.digipolku.pathway.enrollment;

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

import fi.digipolku.pathway.definition.DefinitionContent;
import fi.digipolku.pathway.definition.DefinitionExamples;
import fi.digipolku.pathway.enrollment.EnrollmentRules.Ending;
import fi.digipolku.support.http.ETags;
import fi.digipolku.support.http.Idempotency;
import fi.digipolku.support.http.Idempotency.Outcome;
import fi.digipolku.support.http.Page;
import fi.digipolku.support.identity.CurrentCaller;
import fi.digipolku.support.identity.Role;

/** Enrollments: clients start self-care pathways, professionals open and follow their teams' pathways. */
@Path("/api/v1/enrollments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enrollments")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role may not do this")
public class EnrollmentResource {

    static final String ETAG = "The enrollment's version: send it as If-Match to change the enrollment";
    static final String CHANGED_ETAG = "The changed enrollment's version: send it as If-Match with the next change";

    private final EnrollmentService service;
    private final CurrentCaller caller;

    public EnrollmentResource(EnrollmentService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL})
    @Operation(operationId = "startEnrollment", summary = "Start a pathway on its latest published version", description = "Role client: a self-care pathway, for themself (leave clientSubject out). "
            + "Role professional: a professional pathway of their own care team, for the client named by clientSubject; access-logged. Send an Idempotency-Key to retry safely: "
            + "a retry by the same person for the same pathway and client gets the enrollment the first try started, never a 409.")
    @APIResponse(responseCode = "201", description = "Enrollment started on the latest published version", headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrollmentView.class), examples = @ExampleObject(name = "started", summary = "The weight-management coaching opened for a client", value = EnrollmentExamples.STARTED)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "404", description = "No such published pathway")
    @APIResponse(responseCode = "200", description = "A retry with the same Idempotency-Key by the same person, for the same pathway and client: the enrollment the first try started (header Idempotent-Replayed: true); nothing is started again", headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrollmentView.class), examples = @ExampleObject(name = "replayed", summary = "The enrollment the first try started", value = EnrollmentExamples.STARTED)))
    @APIResponse(responseCode = "409", description = "Retired pathway, or an active enrollment exists")
    public Response start(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StartRequest.class), examples = {
                    @ExampleObject(name = "byProfessional", summary = "A professional of weight-team opens the weight-management coaching for a client", value = EnrollmentExamples.START_BY_PROFESSIONAL),
                    @ExampleObject(name = "byClient", summary = "A client starts a self-care pathway for themself", value = EnrollmentExamples.START_BY_CLIENT)})) @NotNull @Valid StartRequest request,
            @HeaderParam(Idempotency.HEADER) @Size(max = Idempotency.MAX_LENGTH) @Pattern(regexp = Idempotency.KEY_PATTERN, message = Idempotency.KEY_MESSAGE) String key) {
        Outcome<EnrollmentView> started = service.start(request, key, caller.get());
        return Idempotency.created(started, URI.create("/api/v1/enrollments/" + started.value().id()));
    }

    @GET
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL})
    @Operation(operationId = "listEnrollments", summary = "List enrollments: a client's own, or those the professional's teams follow", description = "Roles client and professional. Active ones, "
            + "or with history=true ended ones. A professional's read is access-logged for each client listed. Paged by page (from 0) and size (20 by default, at most 100).")
    @APIResponse(responseCode = "200", description = "Clients: their own (history=true: ended ones). Professionals: their teams' followed ones")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    public Page<EnrollmentView> list(@QueryParam("history") @DefaultValue("false") boolean history,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return service.list(caller.get(), history, page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL})
    @Operation(operationId = "getEnrollment", summary = "Get one enrollment", description = "Roles client (own) and professional of the following team; a professional's "
            + "read is access-logged. The ETag header is the value to send as If-Match with a change; it changes with every change of the enrollment, the client's activity time too.")
    @APIResponse(responseCode = "200", description = "The enrollment; a professional's read is access-logged", headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrollmentView.class), examples = @ExampleObject(name = "active", summary = "A week into the weight-management coaching", value = EnrollmentExamples.ACTIVE)))
    @APIResponse(responseCode = "404", description = "No such enrollment that the caller may see")
    public EnrollmentView get(@PathParam("id") UUID id) {
        return service.get(id, caller.get());
    }

    @GET
    @Path("{id}/content")
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL})
    @Operation(operationId = "getEnrollmentContent", summary = "Get the pathway content of an enrollment", description = "Roles client (own) and professional of the following team; "
            + "a professional's read is access-logged. The version the enrollment started on (also for ended ones), without the modules switched off for the client.")
    @APIResponse(responseCode = "200", description = "The enrollment's own version, without switched-off modules", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DefinitionContent.class), examples = @ExampleObject(name = "weightManagement", summary = "The weight-management coaching, version 2", value = DefinitionExamples.CONTENT_SHOWN)))
    @APIResponse(responseCode = "404", description = "No such enrollment that the caller may see")
    public DefinitionContent content(@PathParam("id") UUID id) {
        return service.content(id, caller.get());
    }

    @POST
    @Path("{id}/upgrade")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.PROFESSIONAL)
    @Operation(operationId = "upgradeEnrollment", summary = "Take a self-care enrollment under the care team's follow-up", description = "Role professional of the pathway's care team, "
            + "with the client's consent; access-logged. Send If-Match with the ETag you read.")
    @APIResponse(responseCode = "200", description = "The self-care enrollment is now followed by the team", headers = @Header(name = "ETag", description = CHANGED_ETAG, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "400", description = "The client's consent is missing")
    @APIResponse(responseCode = "404", description = "No such enrollment of the caller's teams")
    @APIResponse(responseCode = "409", description = "Not an active, unfollowed enrollment")
    public EnrollmentView upgrade(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpgradeRequest.class), examples = @ExampleObject(name = "consented", summary = "The client agreed to team follow-up", value = EnrollmentExamples.UPGRADE))) @NotNull @Valid UpgradeRequest request) {
        return service.upgrade(id, request.clientConsents(), ETags.required(ifMatch), caller.get());
    }

    @PUT
    @Path("{id}/modules/{moduleKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.PROFESSIONAL)
    @Operation(operationId = "setModuleEnabled", summary = "Switch one module of the pathway on or off for this client", description = "Role professional of the team that follows the "
            + "enrollment; access-logged. A switched-off module is left out of the client's content and timeline and is not needed to complete. "
            + "Send If-Match with the ETag you read.")
    @APIResponse(responseCode = "200", description = "The module is switched on or off for this client", headers = @Header(name = "ETag", description = CHANGED_ETAG, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "400", description = "enabled is missing")
    @APIResponse(responseCode = "404", description = "No such enrollment or module")
    @APIResponse(responseCode = "409", description = "The enrollment has ended")
    public EnrollmentView setModule(@PathParam("id") UUID id, @PathParam("moduleKey") String moduleKey,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true) String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModuleSwitch.class), examples = @ExampleObject(name = "off", summary = "Switch the module off", value = EnrollmentExamples.MODULE_OFF))) @NotNull @Valid ModuleSwitch request) {
        return service.setModule(id, moduleKey, request.enabled(), ETags.required(ifMatch), caller.get());
    }

    @POST
    @Path("{id}/complete")
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL})
    @Operation(operationId = "completeEnrollment", summary = "Complete an enrollment", description = "Role client, once every required module switched on for them is done "
            + "and the last required module has opened; role professional of the following team at any time (access-logged). Send If-Match with the ETag you read.")
    @APIResponse(responseCode = "200", description = "Completed", headers = @Header(name = "ETag", description = CHANGED_ETAG, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "404", description = "No such enrollment that the caller may see")
    @APIResponse(responseCode = "409", description = "Already ended")
    public EnrollmentView complete(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true) String ifMatch) {
        return service.end(id, Ending.COMPLETE, null, ETags.required(ifMatch), caller.get());
    }

    @POST
    @Path("{id}/discontinue")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL})
    @Operation(operationId = "discontinueEnrollment", summary = "Discontinue an enrollment", description = "Role client, of a self-care pathway (reason optional); role "
            + "professional of the following team, with a reason (access-logged). Send If-Match with the ETag you read.")
    @APIResponse(responseCode = "200", description = "Discontinued", headers = @Header(name = "ETag", description = CHANGED_ETAG, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "400", description = "A professional gave no reason")
    @APIResponse(responseCode = "404", description = "No such enrollment that the caller may see")
    @APIResponse(responseCode = "409", description = "Already ended")
    public EnrollmentView discontinue(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true) String ifMatch,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EndRequest.class), examples = @ExampleObject(name = "withReason", summary = "A professional ends the coaching", value = EnrollmentExamples.DISCONTINUE))) @Valid EndRequest request) {
        return service.end(id, Ending.DISCONTINUE, request == null ? null : request.reason(),
                ETags.required(ifMatch), caller.get());
    }
}
