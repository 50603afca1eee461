package fi.digipolku.messaging.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.digipolku.support.http.Identifiers;
import fi.digipolku.support.http.Page;
import fi.digipolku.support.http.Params;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.identity.CurrentCaller;
import fi.digipolku.support.identity.Role;

/** The professional's inbox over their teams' threads, its unread counts and its live alert stream. */
@Path("/api/v1/inbox")
@Authenticated
@Tag(name = "Inbox")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Only professionals have an inbox; a team filter must be the caller's team")
public class InboxResource {

    /** An alert stream as a professional's client reads it. */
    static final String ALERT_STREAM = """
            :listening to teams weight-team

            id:3b0f6c52-8d1e-4a57-9c1a-2f4e7d9b6a10
            event:contact
            data:{"kind":"contact","threadId":"3b0f6c52-8d1e-4a57-9c1a-2f4e7d9b6a10","teams":["weight-team"],"dueAt":"2026-03-11T07:42:15Z","contactRequest":false,"at":"2026-03-09T07:42:15Z"}

            """;

    private final InboxService service;
    private final AlertHub alerts;
    private final CurrentCaller caller;

    public InboxResource(InboxService service, AlertHub alerts, CurrentCaller caller) {
        this.service = service;
        this.alerts = alerts;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.PROFESSIONAL)
    @Operation(operationId = "listInbox", summary = "List the open threads of the caller's teams, the soonest due first", description = "Role: professional. "
            + "view: ALL (default), UNANSWERED, OVERDUE or MINE; team narrows to one of the caller's teams. "
            + "Paged: page from 0, size up to 100; total is counted up to 1,000.")
    @APIResponse(responseCode = "200", description = "Open threads of the caller's teams, by due time; total counted up to 1,000")
    @APIResponse(responseCode = "400", description = "Invalid view, team or paging")
    public Page<InboxRow> list(@QueryParam("view") String view,
            @QueryParam("team") @Size(max = 64) @Pattern(regexp = Identifiers.TEAM, message = Identifiers.TEAM_MESSAGE) String team,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return service.list(caller.get(), Params.enumValue("view", view, InboxView.class), team, page, size);
    }

    @GET
    @Path("unread")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.PROFESSIONAL)
    @Operation(operationId = "getInboxUnreadCounts", summary = "Count the client messages the caller has not read, and per team those no one has seen", description = "Role: professional.")
    @APIResponse(responseCode = "200", description = "Client messages the caller has not read, and per team those no one has seen")
    public InboxService.Unread unread() {
        return service.unread(caller.get());
    }

    @GET
    @Path("alerts")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed(Role.PROFESSIONAL)
    @Operation(operationId = "streamInboxAlerts", summary = "Stream live alerts about the caller's teams' threads as Server-Sent Events", description = "Role: professional. "
            + "Each event is named contact or breach, has the thread's id as its id, and carries an Alert as JSON data; "
            + "comments keep the connection alive. An alert names the thread only: open it to read.")
    @APIResponse(responseCode = "200", description = "Server-Sent Events: `contact` when a client waits for a reply, `breach` when a promise is broken, in the caller's teams", content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING, description = "A text/event-stream; each event's data is an Alert"), examples = @ExampleObject(name = "contact", summary = "A client waits for a reply", value = InboxResource.ALERT_STREAM)))
    public void alerts(@Context SseEventSink sink, @Context Sse sse) {
        Caller professional = caller.get();
        alerts.listen(professional.subject(), professional.teams(), sink, sse);
    }
}
