package fi.digipolku.gateway.session;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.digipolku.support.identity.CurrentCaller;
import fi.digipolku.support.problem.Problem;

/** Who the caller is, read from the bearer token the gateway verified. */
@Path("/api/v1/session")
@Authenticated
@Tag(name = "Session")
public class SessionResource {

    private final CurrentCaller caller;

    public SessionResource(CurrentCaller caller) {
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getSession", summary = "The caller as the platform sees it", description = "Any authenticated caller, every role.")
    @APIResponse(responseCode = "200", description = "The caller's subject, roles, teams, acr and mandates", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Session.class), examples = {
            @ExampleObject(name = "professional", summary = "A nurse in two care teams", value = SessionExamples.PROFESSIONAL),
            @ExampleObject(name = "guardian", summary = "A parent who may act for their child", value = SessionExamples.GUARDIAN)}))
    @APIResponse(responseCode = "401", description = "No bearer token, or one that is invalid or expired", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Session get() {
        return Session.of(caller.get());
    }
}
