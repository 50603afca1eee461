package fi.digipolku.feedback.response;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import fi.digipolku.support.http.Idempotency;
import fi.digipolku.support.http.Idempotency.Outcome;
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
            + "The open answer is anonymised before it is stored, and nothing is returned: the response cannot be traced back to the request. "
            + "With an Idempotency-Key (make it random, a UUID, never from the answer), a retry by the same client for the same request "
            + "within 24 hours answers 204 with Idempotent-Replayed: true and stores nothing again, whatever its body: the answer is "
            + "anonymous, so nothing of it is kept to compare a retry with. The same key for another request is refused with 422. "
            + "Without a key, or after 24 hours, an answered request is a 409. "
            + "Takes no If-Match: it creates the request's only response, and a request already answered is a 409, so nothing can be overwritten.")
    @APIResponse(responseCode = "204", description = "Stored anonymously; the response cannot be traced back to the request. "
            + "A retry with the same Idempotency-Key gets 204 too, with Idempotent-Replayed: true, and nothing is stored again", headers = @Header(name = Idempotency.REPLAYED, description = "true when this was a retry with the same Idempotency-Key and the first try's answer stands; absent otherwise", schema = @Schema(type = SchemaType.STRING, enumeration = "true")))
    @APIResponse(responseCode = "400", description = "Answers outside the survey's scales; every error listed")
    @APIResponse(responseCode = "404", description = "No such request of the caller")
    @APIResponse(responseCode = "409", description = "Already answered (and not retried with the Idempotency-Key that answered it, within 24 hours), or expired")
    public Response answer(@PathParam("id") UUID id,
            @Parameter(description = "A random key (a UUID; never made from the answer) sent again with every retry of this "
                    + "answer. A retry with the same key for the same request within 24 hours gets 204 with "
                    + "Idempotent-Replayed: true whatever its body, since nothing of an anonymous answer is kept to "
                    + "compare it with; the same key for another request is refused with 422.") @HeaderParam(Idempotency.HEADER) @Size(max = Idempotency.MAX_LENGTH) @Pattern(regexp = Idempotency.KEY_PATTERN, message = Idempotency.KEY_MESSAGE) String key,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnswerRequest.class), examples = @ExampleObject(name = "national", summary = "An answer to the national instrument", value = ResponseResource.ANSWER))) @NotNull AnswerRequest answer) {
        String identityCode = CurrentCaller.string(CurrentCaller.claim(identity, token, "hetu"));
        Outcome<UUID> taken = service.answer(id, answer, key, identityCode, caller.get());
        if (taken.replayed()) {
            return Response.noContent().header(Idempotency.REPLAYED, "true").build();
        }
        return Response.noContent().build();
    }
}
