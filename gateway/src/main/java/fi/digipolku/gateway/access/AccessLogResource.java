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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.digipolku.support.http.Page;
import fi.digipolku.support.identity.Role;
import fi.digipolku.support.identity.SecurityConfig;
import fi.digipolku.support.problem.Problem;

/** Every access to the client's data by others, from all services, newest first. */
@Path("/api/v1/access-log")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access log")
public class AccessLogResource {

    private final AccessLogAggregator aggregator;
    private final SecurityConfig security;

    public AccessLogResource(AccessLogAggregator aggregator, SecurityConfig security) {
        this.aggregator = aggregator;
        this.security = security;
    }

    @GET
    @RolesAllowed(Role.CLIENT)
    @Operation(operationId = "listMergedAccessLog", summary = "Accesses to the caller's data by others, in every service", description = "Role client. Newest first across services; total is the sum of every answering service's total.")
    @APIResponse(responseCode = "200", description = "One page of who (role and team; the person when acting on behalf) read or changed the caller's data, when, what and why, in every service; services that did not answer are listed in unavailable", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccessLogAggregator.MergedLog.class), examples = {
            @ExampleObject(name = "every-service", summary = "Reads by the care team in two services", value = AccessLogExamples.MERGED),
            @ExampleObject(name = "one-unavailable", summary = "Messaging did not answer: its entries are missing and it is named", value = AccessLogExamples.PARTIAL)}))
    @APIResponse(responseCode = "400", description = "Invalid paging", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only clients read their access log", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AccessLogAggregator.MergedLog list(@HeaderParam("Authorization") String authorization,
            @HeaderParam("Digipolku-On-Behalf-Of") String onBehalf,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", authorization);
        if (onBehalf != null) {
            headers.put(security.onBehalfHeader(), onBehalf);
        }
        return aggregator.merged(headers, page, size);
    }
}
