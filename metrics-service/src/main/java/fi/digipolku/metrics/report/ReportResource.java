package fi.digipolku.metrics.report;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.digipolku.metrics.intake.AggregateService;
import fi.digipolku.support.http.Identifiers;
import fi.digipolku.support.http.Page;
import fi.digipolku.support.http.Params;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.identity.CurrentCaller;
import fi.digipolku.support.identity.Role;
import fi.digipolku.support.problem.Messages;
import fi.digipolku.support.problem.Problem;
import fi.digipolku.support.problem.ProblemException;

/** Effectiveness reports as JSON or CSV, views per content item, and the admin's rebuild. */
@Path("/api/v1/reports")
@Authenticated
@Tag(name = "Reports")
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The caller's role may not see this, or the team is not theirs", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReportResource {

    private static final String CSV = "text/csv;charset=UTF-8";
    /** The most rows one CSV download holds; a larger report is narrowed by period, dates, pathway or team. */
    static final int MAX_CSV_ROWS = 5_000;
    /** What a rebuild of a year's facts answers, as the OpenAPI document shows it. */
    static final String REBUILT_EXAMPLE = """
            {"facts": 182340, "rows": 5412}
            """;
    /** A CSV download as the OpenAPI document shows it; records end in CRLF. */
    static final String CSV_EXAMPLE = """
            definition_id;pathway;team;period_start;period_end;active_clients;started;completed;discontinued;expired;completion_rate;drop_out_rate;median_duration_days;messages_from_clients;messages_from_professionals;client_contacts;contacts_per_enrolled_client;first_response_median_seconds;first_response_p90_seconds;within_promise_share;breaches;monitoring_views;measurement_adherence;content_views;questionnaires_submitted;questionnaire_response_rate;prom_change;suppressed\r
            c9bf9e57-1685-4c89-bafb-ff5af830be8a;Painonhallinnan valmennus;weight-team;2026-02-01;2026-02-28;48;9;6;2;1;0.667;0.222;83.0;112;97;31;0.646;5400.0;21600.0;0.935;2;64;0.812;388;41;0.854;;promChange\r
            """;

    private final EffectivenessService service;
    private final AggregateService aggregates;
    private final CurrentCaller caller;

    public ReportResource(EffectivenessService service, AggregateService aggregates, CurrentCaller caller) {
        this.service = service;
        this.aggregates = aggregates;
        this.caller = caller;
    }

    @GET
    @Path("effectiveness")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({Role.ANALYST, Role.ADMIN, Role.PROFESSIONAL})
    @Operation(operationId = "getEffectivenessReport", summary = "The effectiveness report", description = "One row per pathway, team and period (day, week or month on the Helsinki calendar), ordered by pathway name, team and period start. JSON is paged (page, size up to 100, total counts every row); CSV (format=csv or Accept: text/csv) holds every row, at most 5000. Roles: analyst, admin, professional (own teams only).")
    @APIResponse(responseCode = "200", description = "A page of rows as JSON, or every row as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EffectivenessPage.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "february", summary = "One pathway in one team in February", value = ReportResource.CSV_EXAMPLE))})
    @APIResponse(responseCode = "400", description = "Invalid period, dates, filter or paging, or a CSV of more than 5000 rows", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response effectiveness(@QueryParam("period") String period, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("definitionId") String definitionId,
            @QueryParam("team") @Size(max = 64) @Pattern(regexp = Identifiers.TEAM, message = Identifiers.TEAM_MESSAGE) String team,
            @QueryParam("format") @Pattern(regexp = "json|csv", message = "{digipolku.report-format}") String format,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size,
            @HeaderParam("Accept") String accept) {
        ReportPeriod length = Params.enumValue("period", period, ReportPeriod.class);
        ReportPeriod periods = length == null ? ReportPeriod.MONTH : length;
        EffectivenessService.Scope scope = new EffectivenessService.Scope(Params.uuid("definitionId", definitionId),
                team, Params.date("from", from), Params.date("to", to));
        Caller who = caller.get();
        boolean csv = "csv".equals(format) || (format == null && accept != null && accept.contains("text/csv"));
        if (csv) {
            long rows = service.rows(who, periods, scope);
            if (rows > MAX_CSV_ROWS) {
                throw ProblemException.invalid("period", Messages.text("report.csv-too-many-rows",
                        Long.toString(rows), Integer.toString(MAX_CSV_ROWS)));
            }
            List<EffectivenessRow> all = service.report(who, periods, scope, 0, MAX_CSV_ROWS).items();
            return Response.ok(EffectivenessCsv.write(all), CSV)
                    .header("Content-Disposition", "attachment; filename=\"digipolku-effectiveness.csv\"").build();
        }
        return Response.ok(service.report(who, periods, scope, page, size), MediaType.APPLICATION_JSON).build();
    }

    /** The JSON body of {@link #effectiveness}, for the OpenAPI document. */
    @Schema(name = "EffectivenessPage", description = "One page of the effectiveness report; total counts every row")
    static final class EffectivenessPage {
        public List<EffectivenessRow> items;
        public int page;
        public int size;
        public long total;
    }

    @GET
    @Path("content-views")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ANALYST, Role.ADMIN, Role.PROFESSIONAL})
    @Operation(operationId = "listContentViews", summary = "List the views and distinct viewers of each content item of one pathway", description = "Roles: analyst, admin, professional (own teams' pathways only). definitionId is required; from and to narrow the days.")
    @APIResponse(responseCode = "200", description = "Views and distinct viewers per content item of one pathway")
    @APIResponse(responseCode = "400", description = "No definitionId, or invalid dates")
    public List<ContentViews> contentViews(@QueryParam("definitionId") String definitionId,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return service.contentViews(caller.get(), new EffectivenessService.Scope(
                Params.uuid("definitionId", definitionId), null, Params.date("from", from), Params.date("to", to)));
    }

    @POST
    @Path("rebuild")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(operationId = "rebuildAggregates", summary = "Recompute every daily count from the stored facts", description = "Role: admin. Answers with how many facts were read and how many daily rows written.")
    @APIResponse(responseCode = "200", description = "Every daily count recomputed from the stored facts", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AggregateService.Rebuilt.class), examples = @ExampleObject(name = "rebuilt", summary = "A rebuild of a year's facts", value = REBUILT_EXAMPLE)))
    public AggregateService.Rebuilt rebuild() {
        return aggregates.rebuild();
    }
}
