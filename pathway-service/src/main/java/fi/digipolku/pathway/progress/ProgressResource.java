package fi.digipolku.pathway.progress;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.Authenticated;

import fi.digipolku.support.http.Idempotency;
import fi.digipolku.support.http.Idempotency.Outcome;
import fi.digipolku.support.http.Page;
import fi.digipolku.support.http.RequestIds;
import fi.digipolku.support.identity.CurrentCaller;
import fi.digipolku.support.identity.Role;
import fi.digipolku.support.problem.Messages;
import fi.digipolku.support.problem.Problem;

/** Progress on an enrollment: the client records, the client and the following team read. */
@Path("/api/v1/enrollments/{id}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role may not do this")
@APIResponse(responseCode = "404", description = "No such enrollment or module that the caller may see")
public class ProgressResource {

    private final ProgressService service;
    private final CurrentCaller caller;

    public ProgressResource(ProgressService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Path("modules/{moduleKey}/records")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.CLIENT)
    @Operation(operationId = "recordProgress", summary = "Record content viewed, answers, a measurement, a diary entry or a task done", description = "Role client: the client themself, or a guardian acting on behalf of a represented person "
            + "(access-logged, the entry names the guardian). What the body holds depends on the module's type: answers for a questionnaire or risk test, values (unit and measuredAt optional) for a measurement, text for a diary, "
            + "nothing ({}) for viewed information or instructions and a done task; a reminder is not recorded. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Recorded: content viewed, answers, measurement, diary, task", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordView.class), examples = {
            @ExampleObject(name = "measurement", summary = "A body weight recorded", value = ProgressExamples.MEASUREMENT_RECORDED),
            @ExampleObject(name = "answers", summary = "The start questionnaire answered and scored", value = ProgressExamples.ANSWERS_RECORDED)}))
    @APIResponse(responseCode = "200", description = "A retry with the same Idempotency-Key by the same person, for the same enrollment and module with the same body: the record the first try stored (header Idempotent-Replayed: true); nothing is recorded again", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordView.class), examples = @ExampleObject(name = "measurement", summary = "The body weight the first try recorded", value = ProgressExamples.MEASUREMENT_RECORDED)))
    @APIResponse(responseCode = "400", description = "Invalid answers or values, a text with control characters (tab and line breaks are allowed), a measuredAt before the enrollment started or in the future; every error listed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The enrollment has ended, or the module has not opened yet: then opensOn is the Europe/Helsinki day it opens (information and instructions may be viewed ahead)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = NotOpenProblem.class)))
    public Response record(@PathParam("id") UUID id,
            @PathParam("moduleKey") @Size(max = 64) String moduleKey,
            @HeaderParam(Idempotency.HEADER) @Size(max = Idempotency.MAX_LENGTH) @Pattern(regexp = Idempotency.KEY_PATTERN, message = Idempotency.KEY_MESSAGE) String key,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordRequest.class), examples = {
                    @ExampleObject(name = "measurement", summary = "Body weight measured now (module weight, BODY_WEIGHT)", value = ProgressExamples.RECORD_MEASUREMENT),
                    @ExampleObject(name = "bloodPressure", summary = "Blood pressure measured earlier (a BLOOD_PRESSURE module); measuredAt lies within the enrollment and not in the future", value = ProgressExamples.RECORD_BLOOD_PRESSURE),
                    @ExampleObject(name = "answers", summary = "Answers to the start questionnaire (module start-questionnaire)", value = ProgressExamples.RECORD_ANSWERS),
                    @ExampleObject(name = "diary", summary = "A food diary entry (module food-diary)", value = ProgressExamples.RECORD_DIARY),
                    @ExampleObject(name = "viewedOrDone", summary = "Information viewed or a task done (module welcome)", value = ProgressExamples.RECORD_NOTHING)})) @Valid RecordRequest request) {
        Outcome<RecordView> recorded = service.record(id, moduleKey, request, key, caller.get());
        return Idempotency.created(recorded, URI.create("/api/v1/enrollments/" + id + "/records/"
                + recorded.value().id()));
    }

    @GET
    @Path("timeline")
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL})
    @Operation(operationId = "getTimeline", summary = "Get the client's timeline today: what is due, upcoming, overdue and done", description = "Roles client (own) and professional of the "
            + "following team; a professional's read is access-logged. Days are Europe/Helsinki days; diaries are not on the timeline.")
    @APIResponse(responseCode = "200", description = "Due today, upcoming, overdue (missed measurements) and done", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Timeline.View.class), examples = @ExampleObject(name = "weekTwo", summary = "Day 7 of the weight-management coaching", value = ProgressExamples.TIMELINE)))
    public Timeline.View timeline(@PathParam("id") UUID id) {
        return service.timeline(id, caller.get());
    }

    @GET
    @Path("flags")
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL})
    @Operation(operationId = "listFlags", summary = "List the enrollment's flags, open ones first, then newest first", description = "Roles client (own) and professional of the following team; "
            + "a professional's read is access-logged. Paged by page (from 0) and size (20 by default, at most 100).")
    @APIResponse(responseCode = "200", description = "One page of flags raised for the team; total counts them all", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FlagPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging (size 1 to 100)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<FlagView> flags(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return service.flags(id, caller.get(), page, size);
    }

    @POST
    @Path("flags/{flagId}/acknowledge")
    @RolesAllowed(Role.PROFESSIONAL)
    @Operation(operationId = "acknowledgeFlag", summary = "Acknowledge a flag raised for the care team", description = "Role professional of the following team; access-logged. "
            + "Acknowledging again changes nothing. No If-Match: acknowledging is one-way and the first acknowledgement stays (acknowledgements at the same time wait for each other), so nothing can be lost.")
    @APIResponse(responseCode = "200", description = "Acknowledged (again: unchanged)")
    @APIResponse(responseCode = "404", description = "No such enrollment that the caller may see, or no such flag on it")
    public FlagView acknowledge(@PathParam("id") UUID id, @PathParam("flagId") UUID flagId) {
        return service.acknowledge(id, flagId, caller.get());
    }

    @POST
    @Path("records/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.PROFESSIONAL)
    @Operation(operationId = "reviewRecordsUpTo", summary = "Review every unreviewed measurement and questionnaire answer up to a moment", description = "Role professional of the team that "
            + "follows the enrollment. Releases the records to the patient record (FHIR, webhooks); private diary entries and other records are left alone. Without a body, or without upTo, everything up to now. "
            + "No If-Match: a review only releases records, each once (reviews at the same time wait for each other), and records are never edited; upTo is what keeps records the professional has not seen unreleased.")
    @APIResponse(responseCode = "200", description = "Every unreviewed measurement and questionnaire answer recorded up to upTo (default: now) is reviewed; the count is returned", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewedCount.class), examples = @ExampleObject(name = "reviewed", summary = "Three records reviewed", value = ProgressExamples.REVIEWED)))
    @APIResponse(responseCode = "400", description = "upTo is not a time")
    public ReviewedCount reviewUpTo(@PathParam("id") UUID id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewRequest.class), examples = @ExampleObject(name = "upToNoon", summary = "Everything recorded before noon (UTC) on 9 March", value = ProgressExamples.REVIEW_UP_TO))) ReviewRequest request) {
        return new ReviewedCount(service.reviewUpTo(id, request == null ? null : request.upTo(), caller.get()));
    }

    @POST
    @Path("records/{recordId}/review")
    @RolesAllowed(Role.PROFESSIONAL)
    @Operation(operationId = "reviewRecord", summary = "Review one measurement or questionnaire answer for the patient record", description = "Role professional of the team that follows the "
            + "enrollment. Releases the record to integrators (FHIR) and, once the client's identity code is known, notifies their webhooks; a record is reviewed once. "
            + "No If-Match: a record is never edited and a review is one-way (a second one, at the same time too, is a 409), so there is no earlier version to overwrite.")
    @APIResponse(responseCode = "200", description = "Reviewed: released to the patient record (FHIR, webhooks)")
    @APIResponse(responseCode = "404", description = "No such enrollment that the caller may see, or no such record on it")
    @APIResponse(responseCode = "409", description = "Reviewed already, or not a measurement or questionnaire answer")
    public RecordView review(@PathParam("id") UUID id, @PathParam("recordId") UUID recordId) {
        return service.review(id, recordId, caller.get());
    }

    @GET
    @Path("records")
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL})
    @Operation(operationId = "listRecords", summary = "List the enrollment's records, newest first", description = "Roles client (own) and professional of the following team; "
            + "a read by anyone but the client is access-logged. Optionally of one module; paged by page (from 0) and size (20 by default, at most 100).")
    @APIResponse(responseCode = "200", description = "Newest first; a private diary entry is shown to its author only (not to the team, nor between a guardian and the child); reads by anyone but the client are logged", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<RecordView> list(@PathParam("id") UUID id, @QueryParam("module") @Size(max = 64) String module,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return service.list(id, module, caller.get(), page, size);
    }

    /** A record made before its module opens: a conflict that also says, as {@code opensOn}, when it opens. */
    @ServerExceptionMapper
    public Response notOpen(ModuleNotOpenException e, UriInfo uri) {
        Locale language = Messages.current();
        Problem problem = e.problem(language).at(uri.getRequestUri().getRawPath(), RequestIds.current());
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).language(language)
                .entity(NotOpenProblem.of(problem, e.opensOn())).build();
    }

    /** A page of flags, for the OpenAPI document. */
    @Schema(name = "FlagPage")
    record FlagPage(java.util.List<FlagView> items, int page, int size, long total) {
    }

    /** A page of records, for the OpenAPI document. */
    @Schema(name = "RecordPage")
    record RecordPage(java.util.List<RecordView> items, int page, int size, long total) {
    }
}
