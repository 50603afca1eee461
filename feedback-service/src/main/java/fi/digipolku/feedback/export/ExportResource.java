package fi.digipolku.feedback.export;

import java.time.YearMonth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.digipolku.support.http.Params;
import fi.digipolku.support.identity.Role;
import fi.digipolku.support.problem.Problem;
import fi.digipolku.support.problem.ProblemException;

/**
 * The monthly national feedback export and its validation report (format: docs/national-export.md).
 *
 * <p>
 * The file holds one row per answer: it is a delivery to the national feedback system, taken by the integrator, and
 * not a report, so no person's role reads it here. The validation report names only the pathway versions to fix and
 * what they lack, without row counts or response ids, because those are figures of groups of any size.
 */
@Path("/api/v1/feedback/export")
@Authenticated
@Tag(name = "Feedback export")
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = ExportResource.PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The caller's role may not read this", content = @Content(mediaType = ExportResource.PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "400", description = "No month, not a month such as 2026-11, or a month that has not ended", content = @Content(mediaType = ExportResource.PROBLEM, schema = @Schema(implementation = Problem.class)))
public class ExportResource {

    static final String CSV = "text/csv;charset=UTF-8";
    static final String PROBLEM = "application/problem+json";

    private final ExportService service;

    public ExportResource(ExportService service) {
        this.service = service;
    }

    @GET
    @Produces(CSV)
    @RolesAllowed(Role.INTEGRATOR)
    @Operation(operationId = "feedbackNationalExport", summary = "The month's national delivery file (role: integrator)")
    @APIResponse(responseCode = "200", description = "The month's responses; rows missing required metadata are left out and counted in X-Rows-Rejected", headers = @Header(name = "X-Rows-Rejected", description = "How many rows were left out for missing metadata", schema = @Schema(type = SchemaType.INTEGER)), content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "february", summary = "Two answers to the weight management coaching", value = ExportExamples.CSV)))
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
    @Operation(operationId = "feedbackExportValidation", summary = "The pathway versions whose metadata keeps rows out of the month's delivery (roles: analyst, admin, integrator)")
    @APIResponse(responseCode = "200", description = "The pathway versions to fix and the columns they lack", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PathwaysToFix.class), examples = @ExampleObject(name = "cost-centre-missing", summary = "A pathway version without cost centre and AURA service class", value = ExportExamples.PATHWAYS_TO_FIX)))
    public PathwaysToFix validation(@QueryParam("month") String month) {
        return PathwaysToFix.of(service.export(required(month)).report());
    }

    private static YearMonth required(String month) {
        YearMonth value = Params.month("month", month);
        if (value == null) {
            throw ProblemException.invalid("month", "export.month-required");
        }
        return value;
    }
}
