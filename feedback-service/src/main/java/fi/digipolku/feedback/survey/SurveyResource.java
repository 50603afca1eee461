package fi.digipolku.feedback.survey;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.digipolku.support.identity.CurrentCaller;
import fi.digipolku.support.identity.Role;

/** Survey instruments in fi/sv/en, versioned. */
@Path("/api/v1/surveys")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role may not do this")
public class SurveyResource {

    private final SurveyService service;
    private final CurrentCaller caller;

    public SurveyResource(SurveyService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL, Role.ADMIN, Role.ANALYST})
    @APIResponse(responseCode = "200", description = "The latest version of each survey")
    public List<SurveyView> list() {
        return service.list();
    }

    @GET
    @Path("{key}")
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL, Role.ADMIN, Role.ANALYST})
    @APIResponse(responseCode = "200", description = "The latest version, or the one asked for")
    @APIResponse(responseCode = "404", description = "No such survey or version")
    public SurveyView get(@PathParam("key") @Pattern(regexp = "[a-z][a-z0-9-]{0,39}") String key,
            @QueryParam("version") @Min(1) Integer version) {
        return service.get(key, version);
    }

    @PUT
    @Path("{key}/regional-statements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @APIResponse(responseCode = "200", description = "A new version with these statements after the national ones")
    @APIResponse(responseCode = "400", description = "Invalid statements; every error listed")
    public SurveyView setRegionalStatements(@PathParam("key") @Pattern(regexp = "[a-z][a-z0-9-]{0,39}") String key,
            @NotNull @Valid RegionalStatements request) {
        return service.setRegionalStatements(key, request, caller.get());
    }
}
