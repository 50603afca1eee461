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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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

    /** A client's answer to the national instrument. */
    static final String ANSWER = """
            {
              "nps": 9,
              "ces": 6,
              "statements": {
                "availability": 4,
                "encounter": 5,
                "participation": 4,
                "safety": 5,
                "information": 4,
                "usefulness": 5
              },
              "openAnswer": "Hoitaja vastasi viesteihini nopeasti ja ohjeet olivat selkeät. Ruokapäiväkirjan täyttäminen puhelimella oli välillä hankalaa."
            }
            """;

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
    @Operation(operationId = "answerFeedbackRequest", summary = "Answer a feedback request, once and anonymously", description = "Role: client. "
            + "nps (0–10) is required; the statements (1–5, keyed as in the survey version), ces (1–7) and the open answer are optional. "
            + "The open answer is anonymised before it is stored, and nothing is returned: the response cannot be traced back to the request.")
    @APIResponse(responseCode = "204", description = "Stored anonymously; the response cannot be traced back to the request")
    @APIResponse(responseCode = "400", description = "Answers outside the survey's scales; every error listed")
    @APIResponse(responseCode = "404", description = "No such request of the caller")
    @APIResponse(responseCode = "409", description = "Already answered, or expired")
    public Response answer(@PathParam("id") UUID id,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnswerRequest.class), examples = @ExampleObject(name = "national", summary = "An answer to the national instrument", value = ResponseResource.ANSWER))) @NotNull AnswerRequest answer) {
        String identityCode = CurrentCaller.string(CurrentCaller.claim(identity, token, "hetu"));
        service.answer(id, answer, identityCode, caller.get());
        return Response.noContent().build();
    }
}
