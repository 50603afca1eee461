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

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.Authenticated;

import fi.digipolku.support.http.Page;
import fi.digipolku.support.identity.CurrentCaller;
import fi.digipolku.support.identity.Role;

/**
 * A client's accesses to their data by others in this service, a page at a time, newest first, with the total: the
 * gateway reads this path of every service with the client's token and answers the merged log at the same path. Apps without an access log (the gateway) leave it out at build time.
 */
@Path("/api/v1/access-log")
@Authenticated
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
    // Not in the service's OpenAPI document: through the gateway (every document's server) this path answers the
    // merged log of every service (the gateway's listMergedAccessLog); this one is what the gateway reads.
    @Operation(hidden = true)
    public Page<AccessView> list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return accessLog.pageForClient(caller.get().subject(), page, size)
                .map(entry -> AccessView.of(entry, showActor));
    }
}
