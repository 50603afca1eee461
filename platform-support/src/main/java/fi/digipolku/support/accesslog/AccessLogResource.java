package fi.digipolku.support.accesslog;

import java.util.List;

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

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.Authenticated;

import fi.digipolku.support.http.Page;
import fi.digipolku.support.identity.CurrentCaller;
import fi.digipolku.support.identity.Role;

/**
 * A client reads this service's accesses to their data by others, newest first; the gateway merges the answers of
 * every service at the same path. Apps without an access log (the gateway) leave it out at build time.
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
    public List<AccessView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return accessLog.forClient(caller.get().subject(), page, size).stream()
                .map(entry -> AccessView.of(entry, showActor)).toList();
    }
}
