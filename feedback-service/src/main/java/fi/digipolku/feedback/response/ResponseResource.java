package fi.digipolku.feedback.response;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import fi.digipolku.support.identity.CurrentCaller;
import fi.digipolku.support.identity.Role;

/** A client answers their feedback request, once. */
@Path("/api/v1/feedback/requests/{id}/response")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Only clients answer")
public class ResponseResource {

    private final ResponseService service;
    private final CurrentCaller caller;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public ResponseResource(ResponseService service, CurrentCaller caller, SecurityIdentity identity,
            JsonWebToken token) {
        this.service = service;
        this.caller = caller;
        this.identity = identity;
        this.token = token;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.CLIENT)
    @APIResponse(responseCode = "204", description = "Stored anonymously; the response cannot be traced back to the request")
    @APIResponse(responseCode = "400", description = "Answers outside the survey's scales; every error listed")
    @APIResponse(responseCode = "404", description = "No such request of the caller")
    @APIResponse(responseCode = "409", description = "Already answered, or expired")
    public Response answer(@PathParam("id") UUID id, @NotNull AnswerRequest answer) {
        String identityCode = CurrentCaller.string(CurrentCaller.claim(identity, token, "hetu"));
        service.answer(id, answer, identityCode, caller.get());
        return Response.noContent().build();
    }
}
