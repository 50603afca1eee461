package fi.digipolku.feedback.report;

import java.time.LocalDate;
import java.util.List;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.digipolku.feedback.report.Disclosure.Span;
import fi.digipolku.support.http.Identifiers;
import fi.digipolku.support.http.Params;
import fi.digipolku.support.identity.CurrentCaller;
import fi.digipolku.support.identity.Role;
import fi.digipolku.support.problem.Problem;
import fi.digipolku.support.problem.ProblemException;

/**
 * Feedback reports: aggregates of ended calendar periods only, and nothing that lets anyone derive a group under ten
 * answers ({@link Disclosure}).
 */
@Path("/api/v1/feedback")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback reports")
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The caller's role may not see this, or the team is not theirs", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
public class ReportResource {

    private static final String PROBLEM = "application/problem+json";

    private final ReportService service;
    private final CurrentCaller caller;

    public ReportResource(ReportService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Path("reports")
    @RolesAllowed({Role.ANALYST, Role.ADMIN, Role.PROFESSIONAL})
    @Operation(operationId = "feedbackReport", summary = "Feedback per pathway or team and ended month, quarter or year (roles: analyst, admin, professional for their own teams)")
    @APIResponse(responseCode = "200", description = "NPS, answer distribution, statement means, CES mean, answers and response rate per pathway or team and ended period; withheld groups and figures are null", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ReportGroup.class)))
    @APIResponse(responseCode = "400", description = "Invalid grouping, period or dates", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<ReportGroup> groups(@QueryParam("groupBy") String groupBy, @QueryParam("period") String period,
            @QueryParam("definitionId") String definitionId,
            @QueryParam("team") @Size(max = 64) @Pattern(regexp = Identifiers.TEAM, message = Identifiers.TEAM_MESSAGE) String team,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        Grouping grouping = Params.enumValue("groupBy", groupBy, Grouping.class);
        Period length = Params.enumValue("period", period, Period.class);
        LocalDate start = Params.date("from", from);
        LocalDate end = Params.date("to", to);
        if (start != null && end != null && end.isBefore(start)) {
            throw ProblemException.invalid("to", "report.to-before-from");
        }
        return service.groups(caller.get(), grouping == null ? Grouping.PATHWAY : grouping,
                length == null ? Period.MONTH : length,
                new ReportService.Filter(Params.uuid("definitionId", definitionId), team, start, end));
    }

    @GET
    @Path("reports/open-answers")
    @RolesAllowed({Role.ANALYST, Role.ADMIN, Role.PROFESSIONAL})
    @Operation(operationId = "feedbackOpenAnswers", summary = "Words and themes of one team's or pathway's open answers in one ended period (roles: analyst, admin, professional for their own teams)")
    @APIResponse(responseCode = "200", description = "Words used in the same form by at least 10 answers, where the answers using a word and those not using it are each 0 or at least 10 across every published group (a word that on its own puts a text in a theme is counted by its theme, not listed); and answers per theme with its labels in Finnish, Swedish and English", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenAnswers.Report.class)))
    @APIResponse(responseCode = "400", description = "No team or pathway, a period that is no month, quarter or year or has not ended, or a pathway of several teams without the team", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public OpenAnswers.Report openAnswers(@QueryParam("definitionId") String definitionId,
            @QueryParam("team") @Size(max = 64) @Pattern(regexp = Identifiers.TEAM, message = Identifiers.TEAM_MESSAGE) String team,
            @QueryParam("period") String period) {
        UUID definition = Params.uuid("definitionId", definitionId);
        if (definition == null && team == null) {
            throw ProblemException.invalid("team", "report.team-or-definition-required");
        }
        return service.openAnswers(caller.get(), definition, team, span("period", period));
    }

    @GET
    @Path("summary/{definitionId}")
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL, Role.ADMIN, Role.ANALYST})
    @Operation(operationId = "feedbackPublicSummary", summary = "A pathway's NPS and statement means over the last ended calendar year (roles: client, professional, admin, analyst)")
    @APIResponse(responseCode = "200", description = "The pathway's figures for everyone to see, or only that they are withheld", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportService.PublicSummary.class), examples = {
            @ExampleObject(name = "published", summary = "A pathway with enough answers to show its figures", value = ReportExamples.PUBLIC_SUMMARY),
            @ExampleObject(name = "withheld", summary = "A pathway with under ten answers: nothing but that it is withheld", value = ReportExamples.PUBLIC_SUMMARY_WITHHELD)}))
    public ReportService.PublicSummary summary(@PathParam("definitionId") UUID definitionId) {
        return service.publicSummary(definitionId);
    }

    @GET
    @Path("anonymiser-log")
    @RolesAllowed({Role.ADMIN, Role.ANALYST})
    @Operation(operationId = "feedbackAnonymiserLog", summary = "What the anonymiser removed from one ended month's open answers (roles: admin, analyst)")
    @APIResponse(responseCode = "200", description = "How many open answers were anonymised and how much of each category was removed, or only that the month is withheld", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportService.AnonymiserLog.class), examples = @ExampleObject(name = "february", summary = "Names and numbers removed; e-mail and phone counts withheld as under ten texts", value = ReportExamples.ANONYMISER_LOG)))
    @APIResponse(responseCode = "400", description = "Not a month such as 2026-05, or a month that has not ended", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ReportService.AnonymiserLog anonymiserLog(@QueryParam("month") String month) {
        var value = Params.month("month", month);
        Span span = value == null
                ? service.lastEndedMonth()
                : Span.of(Period.MONTH, value.atDay(1));
        return service.anonymiserLog(span);
    }

    /** A period label (2026, 2026-Q2, 2026-05); the last ended month when absent. */
    private Span span(String name, String label) {
        if (label == null || label.isEmpty()) {
            return service.lastEndedMonth();
        }
        Span span = label.chars().anyMatch(Character::isISOControl) ? null : Span.parse(label.strip());
        if (span == null) {
            throw ProblemException.invalid(name, "report.period-malformed");
        }
        return span;
    }
}
