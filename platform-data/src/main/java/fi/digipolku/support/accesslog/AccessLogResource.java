package fi.digipolku.support.accesslog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.Authenticated;

import fi.digipolku.support.http.Page;
import fi.digipolku.support.identity.CurrentCaller;
import fi.digipolku.support.identity.Role;
import fi.digipolku.support.problem.Problem;

/**
 * A client reads this service's accesses to their data by others, a page at a time, newest first, with the total; the
 * gateway merges the answers of every service at the same path. Apps without an access log (the gateway) leave it out at build time.
 */
@Path("/api/v1/access-log")
@Authenticated
@Tag(name = "Access log")
@Produces(MediaType.APPLICATION_JSON)
@IfBuildProperty(name = "digipolku.access-log.resource", stringValue = "true", enableIfMissing = true)
public class AccessLogResource {

    private final AccessLog accessLog;
    private final CurrentCaller caller;
    private final boolean showActor;

    public AccessLogResource(AccessLog accessLog, CurrentCaller caller,
            @ConfigProperty(name = "digipolku.access-log.show-actor-id", defaultValue = "false") boolean showActor) {
        this.accessLog = accessLog;
        this.caller = caller;
        this.showActor = showActor;
    }

    @GET
    @RolesAllowed(Role.CLIENT)
    @Transactional
    @Operation(operationId = "listAccessLog", summary = "Accesses to the caller's data by others in this service", description = "Role client. Newest first; total counts every entry.")
    @APIResponse(responseCode = "200", description = "One page of who (role and team; the person when acting on behalf) read or changed the caller's data, when, what and why")
    @APIResponse(responseCode = "400", description = "Invalid paging", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only clients read their access log", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<AccessView> list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return accessLog.pageForClient(caller.get().subject(), page, size)
                .map(entry -> AccessView.of(entry, showActor));
    }
}
