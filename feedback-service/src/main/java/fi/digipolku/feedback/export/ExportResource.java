package fi.digipolku.feedback.export;

import java.time.YearMonth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.digipolku.support.http.Params;
import fi.digipolku.support.identity.Role;
import fi.digipolku.support.problem.ProblemException;

/** The monthly national feedback export and its validation report (format: docs/national-export.md). */
@Path("/api/v1/feedback/export")
@Authenticated
@Tag(name = "Feedback export")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Only analysts, admins and integrators export")
@APIResponse(responseCode = "400", description = "No month, or not a month such as 2026-11")
public class ExportResource {

    static final String CSV = "text/csv;charset=UTF-8";

    private final ExportService service;

    public ExportResource(ExportService service) {
        this.service = service;
    }

    @GET
    @Produces(CSV)
    @RolesAllowed({Role.ANALYST, Role.ADMIN, Role.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "The month's responses; rows missing required metadata are left out and counted in X-Rows-Rejected")
    public Response export(@QueryParam("month") String month) {
        YearMonth value = required(month);
        NationalExport.Result result = service.export(value);
        return Response.ok(result.csv(), CSV)
                .header("Content-Disposition", "attachment; filename=\"digipolku-feedback-" + value + ".csv\"")
                .header("X-Rows-Rejected", result.report().rejected()).build();
    }

    @GET
    @Path("validation")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ANALYST, Role.ADMIN, Role.INTEGRATOR})
    @APIResponse(responseCode = "200", description = "Rows that would be left out and the pathway definitions to fix")
    public ValidationReport validation(@QueryParam("month") String month) {
        return service.export(required(month)).report();
    }

    private static YearMonth required(String month) {
        YearMonth value = Params.month("month", month);
        if (value == null) {
            throw ProblemException.invalid("month", "is required, e.g. 2026-11");
        }
        return value;
    }
}
