package fi.digipolku.messaging.thread;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
import fi.digipolku.support.problem.FieldError;
import fi.digipolku.support.problem.Problem;
import fi.digipolku.support.problem.ProblemException;

/** Threads between a client and their care team, and the messages in them. */
@Path(ThreadResource.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Threads")
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The caller's role may not do this")
@APIResponse(responseCode = "404", description = "No such thread that the caller may see")
public class ThreadResource {

    static final String PATH = "/api/v1/threads";

    /** The text and the files variants of one operation share its documentation. */
    private static final String POST_SUMMARY = "Send a message in a thread, as JSON text or as multipart/form-data with files";
    private static final String POST_DESCRIPTION = "Roles: client (own threads), professional of the thread's team. "
            + "With files: multipart/form-data with the field body and one file field per file (by default up to three "
            + "JPEG, PNG, HEIC or PDF files of 5 MiB each). "
            + "A retry with the same Idempotency-Key and the same request (the thread, the text, and each file's name, "
            + "media type and bytes) by the same person gets the message the first try sent, with 200; the key sent with "
            + "another request is refused with 422. The same text sent as JSON and as multipart/form-data without files "
            + "is the same request. Takes no If-Match: a message adds to the thread and changes nothing anyone wrote, "
            + "and a retry is safe with its Idempotency-Key; it moves the thread's ETag.";
    private static final String REPLAYED = "A retry with the same Idempotency-Key and the same request: the message the "
            + "first try sent; nothing is sent again";
    private static final String SENT = "Sent; with its files when sent as multipart/form-data (form fields: body, file…)";
    private static final String NOT_SENT = "Empty or too long text, a file of the wrong type or size";
    private static final String ETAG = "The thread's version as the caller sees it (it moves with every change of the "
            + "thread and with the caller's unread count): send it as If-Match to claim, assign or close the thread";
    private static final String CHANGED_ETAG = "The changed thread's version: send it as If-Match with the next change";
    private static final String IF_MATCH = " Send If-Match with the ETag read from getThread (or from the answer to the "
            + "previous change), so that a change made by a colleague or a message sent in between is not overlooked.";

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
    @Operation(operationId = "openThread", summary = "Open a thread with the care team, with its first message", description = "Roles: client (in their own enrollment), professional of the enrollment's care team. "
            + "A retry with the same Idempotency-Key and the same request (enrollment, topic and text) by the same person "
            + "gets the thread the first try opened, with 200; the key sent with another request is refused with 422.")
    @APIResponse(responseCode = "201", description = "Opened, with its first message", headers = {
            @Header(name = "Location", description = "The new thread", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING))}, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThreadView.class), examples = @ExampleObject(name = "opened", summary = "A client's question, due in two working days", value = ThreadExamples.THREAD)))
    @APIResponse(responseCode = "200", description = "A retry with the same Idempotency-Key and the same request: the thread the first try opened; nothing is opened or sent again", headers = {
            @Header(name = Idempotency.REPLAYED, description = "true", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING))}, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThreadView.class)))
    @APIResponse(responseCode = "400", description = "Empty or too long text; every error listed")
    @APIResponse(responseCode = "403", description = "The enrollment is neither the caller's own nor one of their care team's")
    @APIResponse(responseCode = "404", description = "No such enrollment with a messaging channel (a just-started one appears within seconds)")
    @APIResponse(responseCode = "409", description = "The enrollment has ended or its pathway has no messaging")
    public Response open(
            @HeaderParam(Idempotency.HEADER) @Size(max = Idempotency.MAX_LENGTH) @Pattern(regexp = Idempotency.KEY_PATTERN, message = Idempotency.KEY_MESSAGE) String key,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpenThreadRequest.class), examples = @ExampleObject(name = "question", summary = "A client asks about the food diary", value = ThreadExamples.OPEN_REQUEST))) @NotNull @Valid OpenThreadRequest request) {
        Outcome<ThreadView> opened = threads.open(request, key, caller.get());
        return Idempotency.created(opened, URI.create(PATH + "/" + opened.value().id()));
    }

    @GET
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL})
    @Operation(operationId = "listThreads", summary = "List the caller's threads, latest first", description = "Roles: client (their own threads), professional (one client's threads with the team; enrollmentId is required). "
            + "Paged: page from 0, size up to 100; total counts every thread.")
    @APIResponse(responseCode = "200", description = "The client's own threads, or (for professionals, with "
            + "enrollmentId) one client's threads with the team; latest first")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    @APIResponse(responseCode = "404", description = "No such enrollment of the professional's teams")
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
    @Operation(operationId = "getUnreadCounts", summary = "Count the client's open threads with unread replies, and the unread replies", description = "Role: client.")
    @APIResponse(responseCode = "200", description = "Open threads with unread replies, "
            + "and the number of unread replies")
    public ThreadReadingService.ClientUnread unread() {
        return reading.clientUnread(caller.get());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL})
    @Operation(operationId = "getThread", summary = "Get a thread with its promised reply time and the caller's unread count", description = "Roles: client (own threads), professional of the thread's team. "
            + "The assignee is shown to professionals only. The ETag is the version to send as If-Match with a claim, assignment or closing; "
            + "it moves with every change of the thread (a message, the promise clock, the assignee, closing) and with the caller's own unread count, not with what others read.")
    @APIResponse(responseCode = "200", description = "The thread, its promise clock and the caller's unread count", headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThreadView.class), examples = @ExampleObject(name = "waiting", summary = "A client's question waiting for the team's reply", value = ThreadExamples.THREAD)))
    public ThreadView get(@PathParam("id") UUID id) {
        return reading.get(id, caller.get());
    }

    @GET
    @Path("{id}/messages")
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL})
    @Operation(operationId = "listMessages", summary = "List a thread's messages, newest first", description = "Roles: client (own threads), professional of the thread's team; a professional's read is access-logged. "
            + "Paged: page from 0, size up to 100; total counts every message.")
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
    @Operation(operationId = "postMessage", summary = POST_SUMMARY, description = POST_DESCRIPTION)
    @APIResponse(responseCode = "201", description = SENT, headers = @Header(name = "Location", description = "The new message", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageView.class), examples = @ExampleObject(name = "sent", summary = "The team's reply, with a PDF attached", value = ThreadExamples.MESSAGE)))
    @APIResponse(responseCode = "200", description = REPLAYED, headers = @Header(name = Idempotency.REPLAYED, description = "true", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "400", description = NOT_SENT)
    @APIResponse(responseCode = "409", description = "The thread is closed")
    public Response post(@PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) @Size(max = Idempotency.MAX_LENGTH) @Pattern(regexp = Idempotency.KEY_PATTERN, message = Idempotency.KEY_MESSAGE) String key,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageRequest.class), examples = @ExampleObject(name = "reply", summary = "The team's reply", value = ThreadExamples.MESSAGE_REQUEST))) @NotNull @Valid MessageRequest request) {
        return created(id, threads.post(id, request.body(), List.of(), key, caller.get()));
    }

    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL})
    @Operation(operationId = "postMessage", summary = POST_SUMMARY, description = POST_DESCRIPTION)
    @APIResponse(responseCode = "201", description = SENT, headers = @Header(name = "Location", description = "The new message", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageView.class), examples = @ExampleObject(name = "sent", summary = "The team's reply, with a PDF attached", value = ThreadExamples.MESSAGE)))
    @APIResponse(responseCode = "200", description = REPLAYED, headers = @Header(name = Idempotency.REPLAYED, description = "true", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "400", description = NOT_SENT)
    @APIResponse(responseCode = "409", description = "The thread is closed")
    @APIResponse(responseCode = "413", description = "The request is larger than all allowed files together")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(type = SchemaType.OBJECT), examples = @ExampleObject(name = "with-a-photo", summary = "A client's question with a photo of a meal (the file field holds the JPEG's bytes)", value = ThreadExamples.MESSAGE_FORM)))
    public Response postWithFiles(@PathParam("id") UUID id,
            @HeaderParam(Idempotency.HEADER) @Size(max = Idempotency.MAX_LENGTH) @Pattern(regexp = Idempotency.KEY_PATTERN, message = Idempotency.KEY_MESSAGE) String key,
            @RestForm("body") String body, @RestForm("file") List<FileUpload> files,
            @RestForm(FileUpload.ALL) @Schema(hidden = true) List<FileUpload> parts) {
        // A file under another name than "file" would otherwise be dropped while the message is sent without it.
        List<FieldError> misnamed = (parts == null ? List.<FileUpload>of() : parts).stream()
                .filter(part -> !"file".equals(part.name())).map(part -> new FieldError(part.name(),
                        "attachment.field-name"))
                .distinct().toList();
        if (!misnamed.isEmpty()) {
            throw ProblemException.invalid(misnamed);
        }
        List<AttachmentCheck.Upload> uploads = new ArrayList<>();
        for (FileUpload file : files == null ? List.<FileUpload>of() : files) {
            try {
                uploads.add(new AttachmentCheck.Upload(file.fileName(), file.contentType(),
                        Files.readAllBytes(file.uploadedFile())));
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
    @Operation(operationId = "downloadAttachment", summary = "Download a file attached to a message", description = "Roles: client (own threads), professional of the thread's team; a professional's read is access-logged. "
            + "The content type is the one detected when the file was sent: JPEG, PNG, HEIC or PDF.")
    @APIResponse(responseCode = "200", description = "The file's bytes as stored; "
            + "a professional's read is access-logged", headers = @Header(name = "Content-Disposition", description = "attachment, with the file's name", schema = @Schema(type = SchemaType.STRING)), content = {
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/heic", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such thread that the caller may see, or no such file on that message")
    public Response attachment(@PathParam("id") UUID id, @PathParam("messageId") UUID messageId,
            @PathParam("attachmentId") UUID attachmentId) {
        ThreadReadingService.AttachmentContent file = reading.attachment(id, messageId, attachmentId, caller.get());
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", AttachmentCheck.contentDisposition(file.fileName())).build();
    }

    @POST
    @Path("{id}/read")
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL})
    @Operation(operationId = "markThreadRead", summary = "Mark everything in a thread so far as read by the caller", description = "Roles: client (own threads), professional of the thread's team (marks it seen by the team). "
            + "Takes no If-Match: it moves only the caller's own read mark, which never moves back, so repeating it is harmless; "
            + "the thread's version stays as it is, and only the caller's ETag (which includes their unread count) may change.")
    @APIResponse(responseCode = "200", description = "Everything in the thread so far is read by the caller "
            + "(for a professional, seen by the team)", headers = @Header(name = HttpHeaders.ETAG, description = ETAG, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThreadView.class)))
    public ThreadView read(@PathParam("id") UUID id) {
        return reading.markRead(id, caller.get());
    }

    @POST
    @Path("{id}/claim")
    @RolesAllowed(Role.PROFESSIONAL)
    @Operation(operationId = "claimThread", summary = "Assign a thread to the calling professional", description = "Role: professional of the thread's team."
            + IF_MATCH)
    @APIResponse(responseCode = "200", description = "Assigned to the caller", headers = @Header(name = HttpHeaders.ETAG, description = CHANGED_ETAG, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThreadView.class)))
    @APIResponse(responseCode = "400", description = "An If-Match that is not an ETag of this API")
    @APIResponse(responseCode = "409", description = "The thread is closed")
    public ThreadView claim(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true) String ifMatch) {
        return threads.assign(id, caller.get().subject(), ifMatch, caller.get());
    }

    @PUT
    @Path("{id}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.PROFESSIONAL)
    @Operation(operationId = "assignThread", summary = "Assign a thread to a professional, or release it", description = "Role: professional of the thread's team. The assignee is a professional's subject id; null releases the thread."
            + IF_MATCH)
    @APIResponse(responseCode = "200", description = "Assigned to the professional given, or released with null", headers = @Header(name = HttpHeaders.ETAG, description = CHANGED_ETAG, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThreadView.class)))
    @APIResponse(responseCode = "400", description = "Not a subject id, or an If-Match that is not an ETag of this API")
    @APIResponse(responseCode = "409", description = "The thread is closed")
    public ThreadView assign(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true) String ifMatch,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssignRequest.class), examples = {
                    @ExampleObject(name = "assign", summary = "Assign to a nurse of the team", value = ThreadExamples.ASSIGN_REQUEST),
                    @ExampleObject(name = "release", summary = "Release the thread back to the team", value = ThreadExamples.RELEASE_REQUEST)})) @NotNull @Valid AssignRequest request) {
        return threads.assign(id, request.assignee(), ifMatch, caller.get());
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed(Role.PROFESSIONAL)
    @Operation(operationId = "closeThread", summary = "Close a thread; it stays readable but takes no new messages", description = "Role: professional of the thread's team."
            + IF_MATCH)
    @APIResponse(responseCode = "200", description = "Closed; it stays readable", headers = @Header(name = HttpHeaders.ETAG, description = CHANGED_ETAG, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThreadView.class)))
    @APIResponse(responseCode = "400", description = "An If-Match that is not an ETag of this API")
    @APIResponse(responseCode = "409", description = "Already closed")
    public ThreadView close(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true) String ifMatch) {
        return threads.close(id, ifMatch, caller.get());
    }

    private static Response created(UUID threadId, Outcome<MessageView> sent) {
        return Idempotency.created(sent, URI.create(PATH + "/" + threadId + "/messages/" + sent.value().id()));
    }
}
