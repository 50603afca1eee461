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

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.digipolku.messaging.team.TeamRequest;
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
    @APIResponse(responseCode = "200", description = "Open threads of the caller's teams, by due time; total counted up to 1,000")
    @APIResponse(responseCode = "400", description = "Invalid view, team or paging")
    public Page<InboxRow> list(@QueryParam("view") String view,
            @QueryParam("team") @Size(max = 64) @Pattern(regexp = TeamRequest.TEAM_ID) String team,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return service.list(caller.get(), Params.enumValue("view", view, InboxView.class), team, page, size);
    }

    @GET
    @Path("unread")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.PROFESSIONAL)
    @APIResponse(responseCode = "200", description = "Client messages the caller has not read, and per team those no one has seen")
    public InboxService.Unread unread() {
        return service.unread(caller.get());
    }

    @GET
    @Path("alerts")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed(Role.PROFESSIONAL)
    @APIResponse(responseCode = "200", description = "Server-Sent Events: `contact` when a client waits for a reply, `breach` when a promise is broken, in the caller's teams")
    public void alerts(@Context SseEventSink sink, @Context Sse sse) {
        Caller professional = caller.get();
        alerts.listen(professional.subject(), professional.teams(), sink, sse);
    }
}
