package fi.digipolku.gateway.access;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.digipolku.support.http.Page;
import fi.digipolku.support.identity.Role;
import fi.digipolku.support.security.SecurityConfig;

/** Every access to the client's data by others, from all services, newest first. */
@Path("/api/v1/access-log")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access log")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Only clients read their access log")
public class AccessLogResource {

    private final AccessLogAggregator aggregator;
    private final SecurityConfig security;

    public AccessLogResource(AccessLogAggregator aggregator, SecurityConfig security) {
        this.aggregator = aggregator;
        this.security = security;
    }

    @GET
    @RolesAllowed(Role.CLIENT)
    @APIResponse(responseCode = "200", description = "Who (role and team) read or changed the caller's data, when, what and why, in every service; services that did not answer are listed in unavailable")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    public AccessLogAggregator.MergedLog list(@HeaderParam("Authorization") String authorization,
            @HeaderParam("Digipolku-On-Behalf-Of") String onBehalf,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", authorization);
        if (onBehalf != null) {
            headers.put(security.onBehalfHeader(), onBehalf);
        }
        return aggregator.merged(headers, page, size);
    }
}
