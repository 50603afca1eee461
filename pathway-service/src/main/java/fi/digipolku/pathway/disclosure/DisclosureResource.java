package fi.digipolku.pathway.disclosure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;

import fi.digipolku.support.http.Page;
import fi.digipolku.support.identity.CurrentCaller;
import fi.digipolku.support.identity.Role;

/** The client reads back what of their data was released to the patient record, and to whom. */
@Path("/api/v1/disclosures")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Disclosures")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Not a client")
public class DisclosureResource {

    private final DisclosureService disclosures;
    private final CurrentCaller caller;

    public DisclosureResource(DisclosureService disclosures, CurrentCaller caller) {
        this.disclosures = disclosures;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Role.CLIENT)
    @Operation(operationId = "listDisclosures", summary = "List what of the caller's data was released to the patient record, and to whom", description = "Role client, their own "
            + "only: each read or search result an integrator received, with its resource type and ids. Paged by page (from 0) and size (20 by default, at most 100).")
    @APIResponse(responseCode = "200", description = "The caller's own disclosures, newest first")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    public Page<DisclosureView> list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return disclosures.forClient(caller.get().subject(), page, size);
    }
}
