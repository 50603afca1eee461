package fi.digipolku.pathway.webhook;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.digipolku.pathway.identity.CurrentIntegrator;
import fi.digipolku.support.http.Idempotency;
import fi.digipolku.support.http.Idempotency.Outcome;
import fi.digipolku.support.identity.CurrentCaller;
import fi.digipolku.support.identity.Role;

/** Integrators' webhooks: notified, with a signature, when data becomes reviewed. */
@Path("/api/v1/webhooks")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Not an integrator")
public class WebhookResource {

    private final WebhookService service;
    private final CurrentIntegrator integrator;
    private final CurrentCaller caller;

    public WebhookResource(WebhookService service, CurrentIntegrator integrator, CurrentCaller caller) {
        this.service = service;
        this.integrator = integrator;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.INTEGRATOR)
    @Operation(operationId = "createWebhook", summary = "Register a webhook for reviewed Observations or QuestionnaireResponses", description = "Role integrator. The answer carries the "
            + "signing secret, shown this once: keep it to check the Digipolku-Signature header (t=<unix seconds>,v1=<hex HMAC-SHA-256 of \"<t>.<body>\">) of every notification. "
            + "Send an Idempotency-Key to retry safely: a retry gets the webhook the first try registered, secret included.")
    @APIResponse(responseCode = "201", description = "Registered; the signing secret is in this answer only (and in the 200 of a retry with the same Idempotency-Key)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class), examples = @ExampleObject(name = "registered", summary = "A webhook with its signing secret", value = WebhookExamples.REGISTERED)))
    @APIResponse(responseCode = "200", description = "A retry with the same Idempotency-Key by the same caller with the same body: the webhook the first try registered, with its signing secret (header Idempotent-Replayed: true); nothing is registered again", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class), examples = @ExampleObject(name = "replayed", summary = "The webhook the first try registered, with its signing secret", value = WebhookExamples.REGISTERED)))
    @APIResponse(responseCode = "400", description = "Not https (http://localhost only in development), or an unknown resource type")
    public Response register(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegisterRequest.class), examples = @ExampleObject(name = "bothTypes", summary = "Notify of reviewed measurements and answers", value = WebhookExamples.REGISTER))) @NotNull @Valid RegisterRequest request,
            @HeaderParam(Idempotency.HEADER) @Size(max = Idempotency.MAX_LENGTH) @Pattern(regexp = Idempotency.KEY_PATTERN, message = Idempotency.KEY_MESSAGE) String key) {
        Outcome<WebhookView> registered = service.register(request, integrator.clientId(), caller.get().actor(),
                key);
        return Idempotency.created(registered, URI.create("/api/v1/webhooks/" + registered.value().id()));
    }

    @GET
    @RolesAllowed(Role.INTEGRATOR)
    @Operation(operationId = "listWebhooks", summary = "List the caller's own webhooks", description = "Role integrator. The signing secrets are not shown again.")
    @APIResponse(responseCode = "200", description = "The caller's own webhooks")
    public List<WebhookView> list() {
        return service.list(integrator.clientId());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.INTEGRATOR)
    @Operation(operationId = "deleteWebhook", summary = "Delete one of the caller's webhooks", description = "Role integrator. Its pending notifications are not sent. "
            + "No If-Match: a webhook is never edited, only registered and deleted, and deleting is one-way.")
    @APIResponse(responseCode = "204", description = "Deleted; its pending notifications are not sent")
    @APIResponse(responseCode = "404", description = "No such webhook of the caller")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id, integrator.clientId());
    }

    @GET
    @Path("{id}/parked")
    @RolesAllowed(Role.INTEGRATOR)
    @Operation(operationId = "listParkedDeliveries", summary = "List a webhook's notifications that failed every attempt", description = "Role integrator, of their own webhook. "
            + "Newest first, at most 100; replay one to queue it again.")
    @APIResponse(responseCode = "200", description = "Notifications that failed every attempt, newest first (at most 100)")
    @APIResponse(responseCode = "404", description = "No such webhook of the caller")
    public List<DeliveryView> parked(@PathParam("id") UUID id) {
        return service.parked(id, integrator.clientId());
    }

    @POST
    @Path("{id}/parked/{deliveryId}/replay")
    @RolesAllowed(Role.INTEGRATOR)
    @Operation(operationId = "replayParkedDelivery", summary = "Queue a parked notification again", description = "Role integrator, of their own webhook. The notification is due "
            + "at once, with a fresh count of attempts. No If-Match: the notification is never edited and queueing it again only moves it from parked (otherwise 409) to due now, so nothing can be lost.")
    @APIResponse(responseCode = "200", description = "Queued again, due now")
    @APIResponse(responseCode = "404", description = "No such webhook or notification of the caller")
    @APIResponse(responseCode = "409", description = "The notification is not parked")
    public DeliveryView replay(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return service.replay(id, deliveryId, integrator.clientId());
    }
}
