package fi.digipolku.metrics.pathway;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.digipolku.support.http.Page;
import fi.digipolku.support.identity.CurrentCaller;
import fi.digipolku.support.identity.Role;

/** The pathways that reports cover. */
@Path("/api/v1/reports/pathways")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Clients and integrators see no reports")
public class PathwayReportResource {

    private final PathwayReportService reports;
    private final CurrentCaller caller;

    public PathwayReportResource(PathwayReportService reports, CurrentCaller caller) {
        this.reports = reports;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Role.ANALYST, Role.ADMIN, Role.PROFESSIONAL})
    @Operation(operationId = "listReportPathways", summary = "List the published pathways that reports cover", description = "Roles: analyst, admin, professional (own teams' pathways only). "
            + "Paged: page from 0, size up to 100; total counts every pathway.")
    @APIResponse(responseCode = "200", description = "Published pathways; professionals see their own teams' only")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    public Page<PathwaySummary> pathways(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return reports.pathways(caller.get(), page, size);
    }
}
