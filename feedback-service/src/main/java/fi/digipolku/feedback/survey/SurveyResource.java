package fi.digipolku.feedback.survey;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

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

import io.quarkus.security.Authenticated;

import fi.digipolku.support.http.Identifiers;
import fi.digipolku.support.identity.CurrentCaller;
import fi.digipolku.support.identity.Role;

/** Survey instruments in fi/sv/en, versioned. */
@Path("/api/v1/surveys")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role may not do this")
public class SurveyResource {

    private final SurveyService service;
    private final CurrentCaller caller;

    public SurveyResource(SurveyService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL, Role.ADMIN, Role.ANALYST})
    @Operation(operationId = "listSurveys", summary = "List the latest version of each survey", description = "Roles: client, professional, admin, analyst.")
    @APIResponse(responseCode = "200", description = "The latest version of each survey")
    public List<SurveyView> list() {
        return service.list();
    }

    @GET
    @Path("{key}")
    @RolesAllowed({Role.CLIENT, Role.PROFESSIONAL, Role.ADMIN, Role.ANALYST})
    @Operation(operationId = "getSurvey", summary = "Get a survey's items and texts in Finnish, Swedish and English", description = "Roles: client, professional, admin, analyst. "
            + "The latest version, or the version a feedback request names. The latest version's ETag is the If-Match to send with "
            + "setRegionalStatements; a version never changes, so its ETag never does either.")
    @APIResponse(responseCode = "200", description = "The latest version, or the one asked for", headers = @Header(name = HttpHeaders.ETAG, description = "The survey version shown; of the latest version, the If-Match to send to change its regional statements", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyView.class), examples = @ExampleObject(name = "national", summary = "The national client-experience instrument", value = SurveyExamples.NATIONAL)))
    @APIResponse(responseCode = "400", description = "Not a survey key, or a version below 1")
    @APIResponse(responseCode = "404", description = "No such survey or version")
    public SurveyView get(
            @PathParam("key") @Pattern(regexp = Identifiers.WORD_SLUG, message = Identifiers.WORD_SLUG_MESSAGE) @Size(max = 40) String key,
            @QueryParam("version") @Min(1) Integer version) {
        return service.get(key, version);
    }

    @PUT
    @Path("{key}/regional-statements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(operationId = "setRegionalStatements", summary = "Publish a new survey version with the region's own agreement statements", description = "Role: admin. "
            + "The statements replace the region's earlier ones and follow the national statements; at most 10, each with at least the Finnish text. "
            + "Send If-Match with the ETag of the latest version read from getSurvey, so that statements another admin published in between are not overwritten.")
    @APIResponse(responseCode = "200", description = "A new version with these statements after the national ones", headers = @Header(name = HttpHeaders.ETAG, description = "The new version: send it as If-Match with the next change", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyView.class), examples = @ExampleObject(name = "with-regional", summary = "The national instrument with two regional statements", value = SurveyExamples.WITH_REGIONAL)))
    @APIResponse(responseCode = "400", description = "Invalid statements, every error listed; or an If-Match that is not an ETag of this API")
    @APIResponse(responseCode = "404", description = "No such survey")
    public SurveyView setRegionalStatements(
            @PathParam("key") @Pattern(regexp = Identifiers.WORD_SLUG, message = Identifiers.WORD_SLUG_MESSAGE) @Size(max = 40) String key,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, required = true) String ifMatch,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegionalStatements.class), examples = @ExampleObject(name = "two-statements", summary = "Two regional statements about messaging and instructions", value = SurveyExamples.REGIONAL_REQUEST))) @NotNull @Valid RegionalStatements request) {
        return service.setRegionalStatements(key, request, ifMatch, caller.get());
    }
}
