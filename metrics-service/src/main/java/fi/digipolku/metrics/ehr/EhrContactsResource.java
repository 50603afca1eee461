package fi.digipolku.metrics.ehr;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.digipolku.support.http.Identifiers;
import fi.digipolku.support.http.Params;
import fi.digipolku.support.identity.CurrentCaller;
import fi.digipolku.support.identity.Role;

/** Monthly phone calls and visits from the EHR, and their trend before and after a pathway. */
@Path("/api/v1/reports/ehr-contacts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role may not do this")
public class EhrContactsResource {

    private final EhrContactsService service;
    private final CurrentCaller caller;

    public EhrContactsResource(EhrContactsService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.INTEGRATOR)
    @Operation(operationId = "saveEhrContacts", summary = "Store one month's phone calls and visits from the EHR", description = "Role: integrator. "
            + "For a team, a pathway, or a pathway in a team; a month sent again replaces the earlier figures. The EHR is the "
            + "system of record of these counts, so the latest send wins: no If-Match, and a retry stores the same figures again.")
    @APIResponse(responseCode = "200", description = "Stored; a month sent again replaces the earlier figures", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EhrContactsService.Month.class), examples = @ExampleObject(name = "february", summary = "The month as stored", value = EhrContactsExamples.MONTH)))
    @APIResponse(responseCode = "400", description = "Invalid month or counts, or neither team nor pathway")
    public EhrContactsService.Month put(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EhrContactsRequest.class), examples = @ExampleObject(name = "february", summary = "February's calls and visits of the weight management coaching in its team", value = EhrContactsExamples.REQUEST))) @NotNull @Valid EhrContactsRequest request) {
        return service.put(request, caller.get());
    }

    @GET
    @RolesAllowed({Role.ANALYST, Role.ADMIN, Role.PROFESSIONAL})
    @Operation(operationId = "getEhrContactsTrend", summary = "Get the monthly EHR phone calls and visits before and after a pathway started", description = "Roles: analyst, admin, professional (own teams only, with team).")
    @APIResponse(responseCode = "200", description = "Every month, the month the pathway took its first client, and the means before and after", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EhrContactsService.Trend.class), examples = @ExampleObject(name = "weight-team", summary = "Fewer calls and visits after the coaching started", value = EhrContactsExamples.TREND)))
    @APIResponse(responseCode = "400", description = "Neither team nor pathway")
    public EhrContactsService.Trend trend(@QueryParam("definitionId") String definitionId,
            @QueryParam("team") @Size(max = 64) @Pattern(regexp = Identifiers.TEAM, message = Identifiers.TEAM_MESSAGE) String team) {
        return service.trend(Params.uuid("definitionId", definitionId), team, caller.get());
    }
}
