package fi.digipolku.messaging.thread;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.Authenticated;

import fi.digipolku.support.http.Idempotency;
import fi.digipolku.support.http.Idempotency.Outcome;
import fi.digipolku.support.http.Page;
import fi.digipolku.support.http.Params;
import fi.digipolku.support.identity.CurrentCaller;
import fi.digipolku.support.identity.Role;

/** Threads between a client and their care team, and the messages in them. */
@Path("/api/v1/threads")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Threads")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role may not do this")
@APIResponse(responseCode = "404", description = "No such thread that the caller may see")
public class ThreadResource {

    private final ThreadService threads;
    private final ThreadReadingService reading;
    private final CurrentCaller caller;

    public ThreadResource(ThreadService threads, ThreadReadingService reading, CurrentCaller caller) {
        this.threads = threads;
        this.reading = reading;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL})
    @APIResponse(responseCode = "201", description = "Opened, with its first message")
    @APIResponse(responseCode = "200", description = "A retry with the same Idempotency-Key: the earlier thread")
    @APIResponse(responseCode = "400", description = "Empty or too long text; every error listed")
    @APIResponse(responseCode = "409", description = "The enrollment has ended or its pathway has no messaging")
    public Response open(
            @HeaderParam(Idempotency.HEADER) @Size(max = Idempotency.MAX_LENGTH) @Pattern(regexp = Idempotency.KEY_PATTERN) String key,
            @NotNull @Valid OpenThreadRequest request) {
        Outcome<ThreadView> opened = threads.open(request, key, caller.get());
        return Idempotency.created(opened, URI.create("/api/v1/threads/" + opened.value().id()));
    }

    @GET
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL})
    @APIResponse(responseCode = "200", description = "The client's own threads, or (for professionals, with "
            + "enrollmentId) one client's threads with the team; latest first")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    public Page<ThreadView> list(@QueryParam("enrollmentId") String enrollmentId,
            @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return reading.list(caller.get(), Params.uuid("enrollmentId", enrollmentId),
                Params.enumValue("status", status, ThreadStatus.class), page, size);
    }

    @GET
    @Path("unread")
    @RolesAllowed(Role.CLIENT)
    @APIResponse(responseCode = "200", description = "Open threads with unread replies, "
            + "and the number of unread replies")
    public Map<String, Long> unread() {
        return reading.clientUnread(caller.get());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL})
    @APIResponse(responseCode = "200", description = "The thread, its promise clock and the caller's unread count")
    public ThreadView get(@PathParam("id") UUID id) {
        return reading.get(id, caller.get());
    }

    @GET
    @Path("{id}/messages")
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL})
    @APIResponse(responseCode = "200", description = "Newest first; a professional's read is access-logged")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    public Page<MessageView> messages(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return reading.messages(id, caller.get(), page, size);
    }

    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL})
    @APIResponse(responseCode = "201", description = "Sent")
    @APIResponse(responseCode = "200", description = "A retry with the same Idempotency-Key: the earlier message")
    @APIResponse(responseCode = "400", description = "Empty or too long text")
    @APIResponse(responseCode = "409", description = "The thread is closed")
    public Response post(@PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) @Size(max = Idempotency.MAX_LENGTH) @Pattern(regexp = Idempotency.KEY_PATTERN) String key,
            @NotNull @Valid MessageRequest request) {
        return created(id, threads.post(id, request.body(), List.of(), key, caller.get()));
    }

    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL})
    @APIResponse(responseCode = "201", description = "Sent with its files (form fields: body, file…)")
    @APIResponse(responseCode = "200", description = "A retry with the same Idempotency-Key: the earlier message")
    @APIResponse(responseCode = "400", description = "Empty or too long text, a file of the wrong type or size")
    @APIResponse(responseCode = "409", description = "The thread is closed")
    @APIResponse(responseCode = "413", description = "The request is larger than all allowed files together")
    public Response postWithFiles(@PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) @Size(max = Idempotency.MAX_LENGTH) @Pattern(regexp = Idempotency.KEY_PATTERN) String key,
            @RestForm("body") String body, @RestForm("file") List<FileUpload> files) {
        List<AttachmentCheck.Upload> uploads = new ArrayList<>();
        for (FileUpload file : files == null ? List.<FileUpload>of() : files) {
            try {
                uploads.add(new AttachmentCheck.Upload(file.fileName(), Files.readAllBytes(file.uploadedFile())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return created(id, threads.post(id, body, uploads, key, caller.get()));
    }

    @GET
    @Path("{id}/messages/{messageId}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL})
    @APIResponse(responseCode = "200", description = "The file's bytes as stored; "
            + "a professional's read is access-logged")
    public Response attachment(@PathParam("id") UUID id, @PathParam("messageId") UUID messageId,
            @PathParam("attachmentId") UUID attachmentId) {
        ThreadReadingService.AttachmentContent file = reading.attachment(id, messageId, attachmentId, caller.get());
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", AttachmentCheck.contentDisposition(file.fileName())).build();
    }

    @POST
    @Path("{id}/read")
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL})
    @APIResponse(responseCode = "200", description = "Everything in the thread so far is read by the caller "
            + "(for a professional, seen by the team)")
    public ThreadView read(@PathParam("id") UUID id) {
        return reading.markRead(id, caller.get());
    }

    @POST
    @Path("{id}/claim")
    @RolesAllowed(Role.PROFESSIONAL)
    @APIResponse(responseCode = "200", description = "Assigned to the caller")
    @APIResponse(responseCode = "409", description = "The thread is closed")
    public ThreadView claim(@PathParam("id") UUID id) {
        return threads.assign(id, caller.get().subject(), caller.get());
    }

    @PUT
    @Path("{id}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.PROFESSIONAL)
    @APIResponse(responseCode = "200", description = "Assigned to the professional given, or released with null")
    @APIResponse(responseCode = "400", description = "Not a subject id")
    @APIResponse(responseCode = "409", description = "The thread is closed")
    public ThreadView assign(@PathParam("id") UUID id, @NotNull @Valid AssignRequest request) {
        return threads.assign(id, request.assignee(), caller.get());
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed(Role.PROFESSIONAL)
    @APIResponse(responseCode = "200", description = "Closed; it stays readable")
    @APIResponse(responseCode = "409", description = "Already closed")
    public ThreadView close(@PathParam("id") UUID id) {
        return threads.close(id, caller.get());
    }

    private static Response created(UUID threadId, Outcome<MessageView> sent) {
        return Idempotency.created(sent, URI.create("/api/v1/threads/" + threadId + "/messages/" + sent.value().id()));
    }
}
