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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.digipolku.pathway.definition.DefinitionContent;
import fi.digipolku.pathway.enrollment.EnrollmentRules.Ending;
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

    private final EnrollmentService service;
    private final CurrentCaller caller;

    public EnrollmentResource(EnrollmentService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL})
    @APIResponse(responseCode = "201", description = "Enrollment started on the latest published version")
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "404", description = "No such published pathway")
    @APIResponse(responseCode = "200", description = "A retry with the same Idempotency-Key by the same person: the enrollment the first try started (header Idempotent-Replayed: true)")
    @APIResponse(responseCode = "409", description = "Retired pathway, an active enrollment exists, or the Idempotency-Key was used for another start")
    public Response start(@NotNull @Valid StartRequest request,
            @HeaderParam(Idempotency.HEADER) @Size(max = Idempotency.MAX_LENGTH) @Pattern(regexp = Idempotency.KEY_PATTERN) String key) {
        Outcome<EnrollmentView> started = service.start(request, key, caller.get());
        return Idempotency.created(started, URI.create("/api/v1/enrollments/" + started.value().id()));
    }

    @GET
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL})
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
    @APIResponse(responseCode = "200", description = "The enrollment; a professional's read is access-logged")
    @APIResponse(responseCode = "404", description = "No such enrollment that the caller may see")
    public EnrollmentView get(@PathParam("id") UUID id) {
        return service.get(id, caller.get());
    }

    @GET
    @Path("{id}/content")
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL})
    @APIResponse(responseCode = "200", description = "The enrollment's own version, without switched-off modules")
    @APIResponse(responseCode = "404", description = "No such enrollment that the caller may see")
    public DefinitionContent content(@PathParam("id") UUID id) {
        return service.content(id, caller.get());
    }

    @POST
    @Path("{id}/upgrade")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.PROFESSIONAL)
    @APIResponse(responseCode = "200", description = "The self-care enrollment is now followed by the team")
    @APIResponse(responseCode = "400", description = "The client's consent is missing")
    @APIResponse(responseCode = "404", description = "No such enrollment of the caller's teams")
    @APIResponse(responseCode = "409", description = "Not an active, unfollowed enrollment")
    public EnrollmentView upgrade(@PathParam("id") UUID id, @NotNull @Valid UpgradeRequest request) {
        return service.upgrade(id, request.clientConsents(), caller.get());
    }

    @PUT
    @Path("{id}/modules/{moduleKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.PROFESSIONAL)
    @APIResponse(responseCode = "200", description = "The module is switched on or off for this client")
    @APIResponse(responseCode = "404", description = "No such enrollment or module")
    @APIResponse(responseCode = "409", description = "The enrollment has ended")
    public EnrollmentView setModule(@PathParam("id") UUID id, @PathParam("moduleKey") String moduleKey,
            @NotNull @Valid ModuleSwitch request) {
        return service.setModule(id, moduleKey, request.enabled(), caller.get());
    }

    @POST
    @Path("{id}/complete")
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL})
    @APIResponse(responseCode = "200", description = "Completed")
    @APIResponse(responseCode = "404", description = "No such enrollment that the caller may see")
    @APIResponse(responseCode = "409", description = "Already ended")
    public EnrollmentView complete(@PathParam("id") UUID id) {
        return service.end(id, Ending.COMPLETE, null, caller.get());
    }

    @POST
    @Path("{id}/discontinue")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL})
    @APIResponse(responseCode = "200", description = "Discontinued")
    @APIResponse(responseCode = "400", description = "A professional gave no reason")
    @APIResponse(responseCode = "404", description = "No such enrollment that the caller may see")
    @APIResponse(responseCode = "409", description = "Already ended")
    public EnrollmentView discontinue(@PathParam("id") UUID id, @Valid EndRequest request) {
        return service.end(id, Ending.DISCONTINUE, request == null ? null : request.reason(), caller.get());
    }
}
