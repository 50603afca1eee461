package fi.digipolku.pathway.fhir;

import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.instance.model.api.IBaseResource;

import io.quarkus.security.Authenticated;

import fi.digipolku.pathway.PathwayConfig;
import fi.digipolku.pathway.identity.CurrentIntegrator;
import fi.digipolku.support.identity.CurrentCaller;
import fi.digipolku.support.identity.Role;
import fi.digipolku.support.problem.FhirOutcome;
import fi.digipolku.support.problem.ProblemException;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;

/**
 * The FHIR R4 API for EHR integrators ({@code application/fhir+json}): read and search of reviewed Observations and
 * QuestionnaireResponses, CarePlans, PlanDefinitions and Questionnaires. Errors are OperationOutcomes.
 */
@Path("/fhir/r4")
@Authenticated
@Produces({FhirOutcome.MEDIA_TYPE, MediaType.APPLICATION_JSON})
@Tag(name = "FHIR R4")
@APIResponse(responseCode = "401", description = "No valid bearer token (OperationOutcome)")
@APIResponse(responseCode = "403", description = "Not an integrator (OperationOutcome)")
public class FhirResource {

    private static final FhirContext FHIR = FhirContext.forR4();
    private static final Set<String> RECORDS = Set.of("Observation", "QuestionnaireResponse");

    private final FhirService service;
    private final CurrentCaller caller;
    private final CurrentIntegrator integrator;
    private final PathwayConfig config;

    public FhirResource(FhirService service, CurrentCaller caller, CurrentIntegrator integrator,
            PathwayConfig config) {
        this.service = service;
        this.caller = caller;
        this.integrator = integrator;
        this.config = config;
    }

    @GET
    @Path("metadata")
    @RolesAllowed(Role.INTEGRATOR)
    @APIResponse(responseCode = "200", description = "CapabilityStatement")
    public String metadata() {
        return json(service.metadata());
    }

    @GET
    @Path("{type}")
    @RolesAllowed(Role.INTEGRATOR)
    @APIResponse(responseCode = "200", description = "searchset Bundle, paged by _count (at most 100) and next links")
    @APIResponse(responseCode = "400", description = "Unknown or invalid search parameter (OperationOutcome)")
    @APIResponse(responseCode = "404", description = "Unsupported resource type (OperationOutcome)")
    public String search(@PathParam("type") String type, @Context UriInfo uri) {
        Map<String, java.util.List<String>> query = uri.getQueryParameters();
        FhirSearch search = switch (type) {
            case "Observation" -> parse(query, "date", true, true);
            case "QuestionnaireResponse" -> parse(query, "authored", false, true);
            case "CarePlan" -> parse(query, null, false, true);
            case "PlanDefinition", "Questionnaire" -> parse(query, null, false, false);
            default -> throw unsupported(type);
        };
        FhirService.Found found = switch (type) {
            case "CarePlan" -> service.searchCarePlans(search, caller.get(), integrator.clientId());
            case "PlanDefinition" -> service.planDefinitions(search);
            case "Questionnaire" -> service.questionnaires(search);
            default -> service.searchRecords(type, search, caller.get(), integrator.clientId());
        };
        return json(service.mapper().searchset(type, found.resources(), found.total(), search.count(),
                search.offset(), query));
    }

    @GET
    @Path("{type}/{id}")
    @RolesAllowed(Role.INTEGRATOR)
    @APIResponse(responseCode = "200", description = "The resource")
    @APIResponse(responseCode = "404", description = "No such resource released to integrators (OperationOutcome)")
    public String read(@PathParam("type") String type, @PathParam("id") String id) {
        IBaseResource resource;
        if (RECORDS.contains(type)) {
            resource = service.readRecord(type, id, caller.get(), integrator.clientId());
        } else {
            resource = switch (type) {
                case "CarePlan" -> service.readCarePlan(id, caller.get(), integrator.clientId());
                case "PlanDefinition" -> service.planDefinition(id);
                case "Questionnaire" -> service.questionnaire(id);
                default -> throw unsupported(type);
            };
        }
        return json(resource);
    }

    private FhirSearch parse(Map<String, java.util.List<String>> query, String dateParam, boolean tokens,
            boolean patient) {
        return FhirSearch.parse(query, dateParam, tokens, patient, config.fhirDefaultCount(), config.fhirMaxCount(),
                config.zone());
    }

    private static String json(IBaseResource resource) {
        IParser parser = FHIR.newJsonParser();
        return parser.encodeResourceToString(resource);
    }

    private static ProblemException unsupported(String type) {
        return ProblemException.notFound("Resource type " + type + " is not served here; see /fhir/r4/metadata.");
    }
}
