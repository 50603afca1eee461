package fi.digipolku.metrics.report;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.digipolku.metrics.intake.Aggregates;
import fi.digipolku.support.http.Params;
import fi.digipolku.support.identity.CurrentCaller;
import fi.digipolku.support.identity.Role;

/** Effectiveness reports as JSON or CSV, views per content item, and the admin's rebuild. */
@Path("/api/v1/reports")
@Authenticated
@Tag(name = "Reports")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role may not see this, or the team is not theirs")
public class ReportResource {

    private static final String TEAM = "[A-Za-z0-9][A-Za-z0-9._-]*";
    private static final String CSV = "text/csv;charset=UTF-8";

    private final EffectivenessService service;
    private final Aggregates aggregates;
    private final CurrentCaller caller;

    public ReportResource(EffectivenessService service, Aggregates aggregates, CurrentCaller caller) {
        this.service = service;
        this.aggregates = aggregates;
        this.caller = caller;
    }

    @GET
    @Path("effectiveness")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({Role.ANALYST, Role.ADMIN, Role.PROFESSIONAL})
    @APIResponse(responseCode = "200", description = "One row per pathway, team and period (day, week or month on the Helsinki calendar); CSV with format=csv or Accept: text/csv")
    @APIResponse(responseCode = "400", description = "Invalid period, dates or filter")
    public Response effectiveness(@QueryParam("period") String period, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("definitionId") String definitionId,
            @QueryParam("team") @Size(max = 64) @Pattern(regexp = TEAM) String team,
            @QueryParam("format") @Pattern(regexp = "json|csv") String format,
            @jakarta.ws.rs.HeaderParam("Accept") String accept) {
        ReportPeriod length = Params.enumValue("period", period, ReportPeriod.class);
        List<EffectivenessRow> rows = service.report(caller.get(), length == null ? ReportPeriod.MONTH : length,
                new EffectivenessService.Scope(Params.uuid("definitionId", definitionId), team,
                        Params.date("from", from), Params.date("to", to)));
        boolean csv = "csv".equals(format) || (format == null && accept != null && accept.contains("text/csv"));
        if (csv) {
            return Response.ok(EffectivenessCsv.write(rows), CSV)
                    .header("Content-Disposition", "attachment; filename=\"digipolku-effectiveness.csv\"").build();
        }
        return Response.ok(rows, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("content-views")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ANALYST, Role.ADMIN, Role.PROFESSIONAL})
    @APIResponse(responseCode = "200", description = "Views and distinct viewers per content item of one pathway")
    @APIResponse(responseCode = "400", description = "No definitionId, or invalid dates")
    public List<Map<String, Object>> contentViews(@QueryParam("definitionId") String definitionId,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return service.contentViews(caller.get(), new EffectivenessService.Scope(
                Params.uuid("definitionId", definitionId), null, Params.date("from", from), Params.date("to", to)));
    }

    @POST
    @Path("rebuild")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @APIResponse(responseCode = "200", description = "Every daily count recomputed from the stored facts")
    public Aggregates.Rebuilt rebuild() {
        return aggregates.rebuild();
    }
}
