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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
    @Operation(operationId = "getFhirCapabilityStatement", summary = "Get the FHIR CapabilityStatement: the resource types, interactions and searches served", description = "Role integrator.")
    @APIResponse(responseCode = "200", description = "CapabilityStatement", content = {
            @Content(mediaType = FhirOutcome.MEDIA_TYPE, schema = @Schema(implementation = FhirSchemas.CapabilityStatement.class), examples = @ExampleObject(name = "capabilities", summary = "What this server serves", value = FhirExamples.CAPABILITY_STATEMENT)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FhirSchemas.CapabilityStatement.class))})
    public String metadata() {
        return json(service.metadata());
    }

    @GET
    @Path("{type}")
    @RolesAllowed(Role.INTEGRATOR)
    @Operation(operationId = "searchFhirResources", summary = "Search reviewed client data or published pathway content of one FHIR resource type", description = "Role integrator. "
            + "Observation, QuestionnaireResponse and CarePlan are searched by patient (patient:identifier, subject:identifier, patient.identifier or subject.identifier); PlanDefinition and "
            + "Questionnaire list the published pathways. Unknown parameters are refused, never ignored. Client data found is written to the client's disclosure log and the access log.")
    @Parameter(name = "patient:identifier", in = ParameterIn.QUERY, description = "Observation, QuestionnaireResponse, CarePlan: the patient's personal identity code, urn:oid:1.2.246.21|<code> "
            + "(subject:identifier, patient.identifier and subject.identifier are the same search)", schema = @Schema(type = SchemaType.STRING), example = "urn:oid:1.2.246.21|010180-9026")
    @Parameter(name = "date", in = ParameterIn.QUERY, description = "Observation: the effective time, a day (Europe/Helsinki) or a date-time with offset, prefixed ge, gt, le, lt or eq; "
            + "repeat for a range (date=ge2026-03-01&date=lt2026-04-01)", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    @Parameter(name = "authored", in = ParameterIn.QUERY, description = "QuestionnaireResponse: the time of answering, given as for date", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    @Parameter(name = "_lastUpdated", in = ParameterIn.QUERY, description = "Observation, QuestionnaireResponse: the time of the professional's review; CarePlan: the last activity; "
            + "given as for date (_lastUpdated=gt2026-03-09T12:00:00+02:00)", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    @Parameter(name = "category", in = ParameterIn.QUERY, description = "Observation: vital-signs or laboratory (optionally with the system "
            + "http://terminology.hl7.org/CodeSystem/observation-category|)", schema = @Schema(type = SchemaType.STRING), example = "vital-signs")
    @Parameter(name = "code", in = ParameterIn.QUERY, description = "Observation: a LOINC code (optionally http://loinc.org|<code>)", schema = @Schema(type = SchemaType.STRING), example = "29463-7")
    @Parameter(name = "_count", in = ParameterIn.QUERY, description = "Page size, 1 to 100 (default 20)", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    @Parameter(name = "_offset", in = ParameterIn.QUERY, description = "How many matches to skip (default 0); the next and previous links carry it", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    @APIResponse(responseCode = "200", description = "searchset Bundle, paged by _count (at most 100) and next links", content = {
            @Content(mediaType = FhirOutcome.MEDIA_TYPE, schema = @Schema(implementation = FhirSchemas.Bundle.class), examples = @ExampleObject(name = "observations", summary = "A patient's reviewed measurements since 1 March", value = FhirExamples.SEARCHSET)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FhirSchemas.Bundle.class))})
    @APIResponse(responseCode = "400", description = "Unknown or invalid search parameter (OperationOutcome)")
    @APIResponse(responseCode = "404", description = "Unsupported resource type (OperationOutcome)")
    public String search(
            @Parameter(description = "The resource type", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "Observation", "QuestionnaireResponse", "CarePlan", "PlanDefinition",
                    "Questionnaire"})) @PathParam("type") String type,
            @Context UriInfo uri) {
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
    @Operation(operationId = "readFhirResource", summary = "Read one FHIR resource by type and id", description = "Role integrator. Client data is served only once the "
            + "client's identity code is known: an Observation or QuestionnaireResponse after a professional has reviewed it, a CarePlan of an enrollment a care team follows. A read of "
            + "client data is written to the client's disclosure log and the access log.")
    @APIResponse(responseCode = "200", description = "The resource", content = {
            @Content(mediaType = FhirOutcome.MEDIA_TYPE, schema = @Schema(implementation = FhirSchemas.AnyResource.class), examples = @ExampleObject(name = "observation", summary = "A reviewed body weight", value = FhirExamples.OBSERVATION)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FhirSchemas.AnyResource.class))})
    @APIResponse(responseCode = "404", description = "No such resource released to integrators (OperationOutcome)")
    public String read(
            @Parameter(description = "The resource type", schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "Observation", "QuestionnaireResponse", "CarePlan", "PlanDefinition",
                    "Questionnaire"})) @PathParam("type") String type,
            @PathParam("id") String id) {
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
        return ProblemException.notFound("fhir.type-not-served", type);
    }
}
