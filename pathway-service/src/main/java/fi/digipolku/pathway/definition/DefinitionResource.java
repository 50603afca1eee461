package fi.digipolku.pathway.definition;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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

import fi.digipolku.support.http.ETags;
import fi.digipolku.support.http.Page;
import fi.digipolku.support.identity.CurrentCaller;
import fi.digipolku.support.identity.Role;
import fi.digipolku.support.problem.ProblemException;
import fi.digipolku.support.problem.ProblemType;

/** Pathway definitions: admins build and publish them; every signed-in user may read the published ones. */
@Path("/api/v1/pathway-definitions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pathway definitions")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role may not do this")
public class DefinitionResource {

    private final DefinitionService service;
    private final CurrentCaller caller;

    public DefinitionResource(DefinitionService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @APIResponse(responseCode = "201", description = "Draft created")
    @APIResponse(responseCode = "400", description = "Invalid definition")
    public Response create(@NotNull @Valid DefinitionContent content) {
        DefinitionView created = service.create(content);
        return withEtag(Response.created(URI.create("/api/v1/pathway-definitions/" + created.id())), created);
    }

    @GET
    @RolesAllowed({Role.ADMIN, Role.PROFESSIONAL, Role.CLIENT, Role.ANALYST, Role.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "A page of definitions; non-admins see published ones only")
    public Page<DefinitionView> list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return service.list(page, size, caller.get());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.ADMIN, Role.PROFESSIONAL, Role.CLIENT, Role.ANALYST, Role.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "The definition, with an ETag")
    @APIResponse(responseCode = "404", description = "No such definition, or not published")
    public Response get(@PathParam("id") UUID id) {
        return withEtag(Response.ok(), service.get(id, caller.get()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}")
    @RolesAllowed(Role.ADMIN)
    @APIResponse(responseCode = "200", description = "Draft replaced")
    @APIResponse(responseCode = "400", description = "Invalid definition")
    @APIResponse(responseCode = "409", description = "The definition is retired")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid DefinitionContent content) {
        Long etag = ETags.parse(ifMatch);
        if (etag == null) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag you read, so that concurrent edits are not lost.");
        }
        return withEtag(Response.ok(), service.update(id, etag, content));
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed(Role.ADMIN)
    @APIResponse(responseCode = "200", description = "A new immutable version was published")
    @APIResponse(responseCode = "400", description = "The draft has errors; all are listed")
    @APIResponse(responseCode = "409", description = "The definition is retired")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    public Response publish(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return withEtag(Response.ok(), service.publish(id, ETags.parse(ifMatch), caller.get()));
    }

    @POST
    @Path("{id}/retire")
    @RolesAllowed(Role.ADMIN)
    @APIResponse(responseCode = "200", description = "Retired: no new enrollments")
    @APIResponse(responseCode = "409", description = "Not published")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    public Response retire(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return withEtag(Response.ok(), service.retire(id, ETags.parse(ifMatch)));
    }

    private static Response withEtag(Response.ResponseBuilder response, DefinitionView view) {
        return response.entity(view).tag(Long.toString(view.etag())).build();
    }
}
