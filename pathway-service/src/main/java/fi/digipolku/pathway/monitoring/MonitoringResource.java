package fi.digipolku.pathway.monitoring;

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

import fi.digipolku.pathway.enrollment.EnrollmentStatus;
import fi.digipolku.support.http.Page;
import fi.digipolku.support.http.Params;
import fi.digipolku.support.identity.CurrentCaller;
import fi.digipolku.support.identity.Role;

/** The professional's monitoring list of their teams' followed enrollments. */
@Path("/api/v1/monitoring")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Only professionals monitor")
public class MonitoringResource {

    private final MonitoringService service;
    private final CurrentCaller caller;

    public MonitoringResource(MonitoringService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Role.PROFESSIONAL)
    @Operation(operationId = "listMonitoredEnrollments", summary = "List the enrollments the professional's teams follow, with progress and alerts", description = "Role professional. "
            + "Optionally of one pathway (definitionId) and status (ACTIVE, COMPLETED, DISCONTINUED, EXPIRED). Each client listed is access-logged. Paged by page (from 0) and size (20 by default, "
            + "at most 100); total counts up to 1,000.")
    @APIResponse(responseCode = "200", description = "Progress %, last activity, open flags, missed measurements")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    public Page<MonitoringRow> list(@QueryParam("definitionId") String definitionId,
            @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return service.list(caller.get(), Params.uuid("definitionId", definitionId),
                Params.enumValue("status", status, EnrollmentStatus.class), page, size);
    }
}
