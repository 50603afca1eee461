package fi.digipolku.feedback.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.digipolku.support.http.Params;
import fi.digipolku.support.identity.CurrentCaller;
import fi.digipolku.support.identity.Role;
import fi.digipolku.support.problem.ProblemException;

/** Feedback reports: aggregates only, and nothing from a group under ten answers. */
@Path("/api/v1/feedback")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback reports")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role may not see this, or the team is not theirs")
public class ReportResource {

    private static final String TEAM = "[A-Za-z0-9][A-Za-z0-9._-]*";

    private final ReportService service;
    private final CurrentCaller caller;

    public ReportResource(ReportService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Path("reports")
    @RolesAllowed({Role.ANALYST, Role.ADMIN, Role.PROFESSIONAL})
    @APIResponse(responseCode = "200", description = "NPS, answer distribution, statement means, CES mean, answers and response rate per pathway or team and period")
    @APIResponse(responseCode = "400", description = "Invalid grouping, period or dates")
    public List<ReportGroup> groups(@QueryParam("groupBy") String groupBy, @QueryParam("period") String period,
            @QueryParam("definitionId") String definitionId,
            @QueryParam("team") @Size(max = 64) @Pattern(regexp = TEAM) String team,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        Grouping grouping = Params.enumValue("groupBy", groupBy, Grouping.class);
        Period length = Params.enumValue("period", period, Period.class);
        return service.groups(caller.get(), grouping == null ? Grouping.PATHWAY : grouping,
                length == null ? Period.ALL : length, scope(definitionId, team, from, to));
    }

    @GET
    @Path("reports/open-answers")
    @RolesAllowed({Role.ANALYST, Role.ADMIN, Role.PROFESSIONAL})
    @APIResponse(responseCode = "200", description = "Words used at least three times in the same form, and answers per theme")
    @APIResponse(responseCode = "400", description = "Invalid filter")
    public OpenAnswers.Report openAnswers(@QueryParam("definitionId") String definitionId,
            @QueryParam("team") @Size(max = 64) @Pattern(regexp = TEAM) String team,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return service.openAnswers(caller.get(), scope(definitionId, team, from, to));
    }

    @GET
    @Path("summary/{definitionId}")
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL, Role.ADMIN, Role.ANALYST})
    @APIResponse(responseCode = "200", description = "The pathway's NPS and statement means over the last 12 months, for everyone to see")
    public ReportService.PublicSummary summary(@PathParam("definitionId") UUID definitionId) {
        return service.publicSummary(definitionId);
    }

    @GET
    @Path("anonymiser-log")
    @RolesAllowed({Role.ADMIN, Role.ANALYST})
    @APIResponse(responseCode = "200", description = "How many open answers were anonymised and how much of each category was removed")
    public Map<String, Object> anonymiserLog(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate start = Params.date("from", from);
        LocalDate end = Params.date("to", to);
        LocalDate today = LocalDate.now();
        return service.anonymiserLog(start == null ? today.withDayOfMonth(1) : start, end == null ? today : end);
    }

    private static ReportService.Scope scope(String definitionId, String team, String from, String to) {
        LocalDate start = Params.date("from", from);
        LocalDate end = Params.date("to", to);
        if (start != null && end != null && end.isBefore(start)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        return new ReportService.Scope(Params.uuid("definitionId", definitionId), team, start, end);
    }
}
