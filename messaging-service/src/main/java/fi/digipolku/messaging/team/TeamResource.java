package fi.digipolku.messaging.team;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

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

import fi.digipolku.support.http.Identifiers;
import fi.digipolku.support.identity.CurrentCaller;
import fi.digipolku.support.identity.Role;

/** Care teams' service promises, working hours and opening hours. */
@Path("/api/v1/teams")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Teams")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role may not do this")
public class TeamResource {

    static final String ETAG = "The settings' version (\"0\" while the team is not configured): send it as If-Match to save them";

    private final TeamService service;
    private final CurrentCaller caller;

    public TeamResource(TeamService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Role.ADMIN, Role.PROFESSIONAL})
    @Operation(operationId = "listTeams", summary = "List the teams with their own messaging settings", description = "Roles: admin, professional.")
    @APIResponse(responseCode = "200", description = "The configured teams")
    public List<TeamView> list() {
        return TeamView.of(service.list());
    }

    @GET
    @Path("{team}")
    @RolesAllowed({Role.ADMIN, Role.PROFESSIONAL, Role.CLIENT})
    @Operation(operationId = "getTeam", summary = "Get a team's service promise, working hours and opening hours", description = "Roles: admin, professional, client. "
            + "A team nobody configured answers with the service defaults, configured false and the ETag \"0\"; the ETag is the version to send in If-Match when saving.")
    @APIResponse(responseCode = "200", description = "The team's promise and hours (the defaults if not configured)", headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamView.class), examples = @ExampleObject(name = "configured", summary = "A diabetes team that answers within four working hours", value = TeamExamples.TEAM)))
    @APIResponse(responseCode = "400", description = "Not a team id")
    public TeamView get(
            @PathParam("team") @Size(max = 64) @Pattern(regexp = Identifiers.TEAM, message = Identifiers.TEAM_MESSAGE) String team) {
        return TeamView.of(service.get(team));
    }

    @PUT
    @Path("{team}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(operationId = "updateTeam", summary = "Save a team's service promise, working hours and opening hours", description = "Role: admin. "
            + "Send If-Match with the ETag read from getTeam (\"0\" for a team nobody configured yet), so that a save by someone else in between is not overwritten.")
    @APIResponse(responseCode = "200", description = "Saved; waiting threads keep their due time", headers = @Header(name = HttpHeaders.ETAG, description = "The saved settings' version: send it as If-Match with the next save", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamView.class), examples = @ExampleObject(name = "saved", summary = "The diabetes team's saved settings", value = TeamExamples.TEAM)))
    @APIResponse(responseCode = "400", description = "Invalid settings, every error listed; or an If-Match that is not an ETag of this API")
    public TeamView put(
            @PathParam("team") @Size(max = 64) @Pattern(regexp = Identifiers.TEAM, message = Identifiers.TEAM_MESSAGE) String team,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true) String ifMatch,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamRequest.class), examples = @ExampleObject(name = "diabetes-team", summary = "Replies within four working hours, new contacts on weekdays 8–15", value = TeamExamples.REQUEST))) @NotNull @Valid TeamRequest request) {
        return TeamView.of(service.put(team, request, ifMatch, caller.get()));
    }
}
