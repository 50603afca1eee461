package fi.digipolku.feedback.request;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.digipolku.support.identity.CurrentCaller;
import fi.digipolku.support.identity.Role;

/** The client's feedback requests. */
@Path("/api/v1/feedback/requests")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Only clients have feedback requests")
public class RequestResource {

    private final RequestService service;
    private final CurrentCaller caller;

    public RequestResource(RequestService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Role.CLIENT)
    @Operation(operationId = "listFeedbackRequests", summary = "List the client's feedback requests that can still be answered, newest first", description = "Role: client. "
            + "Each request names the survey version to fetch and answer.")
    @APIResponse(responseCode = "200", description = "Requests that can still be answered, newest first")
    public List<RequestView> pending() {
        return service.pending(caller.get());
    }
}
