package fi.digipolku.pathway.fhir;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of the FHIR R4 JSON that {@link FhirResource} serves, for the OpenAPI document only: HAPI FHIR writes the
 * resources, and these records are never made. They name the members a client reads first; every resource has the
 * other members FHIR R4 defines for its type (https://hl7.org/fhir/R4/), so further members are allowed.
 */
final class FhirSchemas {

    private FhirSchemas() {
    }

    @Schema(name = "FhirMeta", description = "Metadata of a resource")
    record Meta(
            @Schema(description = "The version of the resource") String versionId,
            @Schema(description = "When it last changed; for a measurement or answers the time of the professional's "
                    + "review", format = "date-time") String lastUpdated) {
    }

    @Schema(name = "FhirResource", description = "A FHIR R4 resource served here (Observation, QuestionnaireResponse, "
            + "CarePlan, PlanDefinition or Questionnaire) with the members FHIR R4 defines for its type", requiredProperties = {
                    "resourceType", "id"}, additionalProperties = Schema.True.class)
    record AnyResource(
            @Schema(enumeration = {
                    "Observation", "QuestionnaireResponse", "CarePlan", "PlanDefinition",
                    "Questionnaire"}) String resourceType,
            String id,
            Meta meta){
    }

    @Schema(name = "FhirBundleLink", description = "A paging link of a searchset")
    record BundleLink(
            @Schema(enumeration = {
                    "self", "next", "previous"}) String relation,
            @Schema(description = "The same search at another _offset, under the public FHIR base URL") String url){
    }

    @Schema(name = "FhirBundleEntrySearch", description = "Why the entry is in the searchset")
    record BundleEntrySearch(@Schema(enumeration = "match") String mode) {
    }

    @Schema(name = "FhirBundleEntry", description = "One match of a search")
    record BundleEntry(
            @Schema(description = "The absolute URL of the resource") String fullUrl,
            AnyResource resource,
            BundleEntrySearch search) {
    }

    @Schema(name = "FhirBundle", description = "A FHIR R4 searchset Bundle: one page of the matches, total counting "
            + "them all, and self, next and previous links", requiredProperties = {"resourceType",
                    "type"}, additionalProperties = Schema.True.class)
    record Bundle(
            @Schema(enumeration = "Bundle") String resourceType,
            Meta meta,
            @Schema(enumeration = "searchset") String type,
            @Schema(description = "How many resources match, on every page") int total,
            List<BundleLink> link,
            List<BundleEntry> entry) {
    }

    @Schema(name = "CapabilityStatementSearchParam", description = "A search parameter of a resource type")
    record SearchParam(String name, @Schema(enumeration = {
            "reference", "date", "token"}) String type,
            String documentation){
    }

    @Schema(name = "CapabilityStatementInteraction", description = "An interaction with a resource type")
    record Interaction(@Schema(enumeration = {
            "read", "search-type"}) String code){
    }

    @Schema(name = "CapabilityStatementResource", description = "A resource type served, with its interactions and "
            + "search parameters")
    record RestResource(String type, List<Interaction> interaction, List<SearchParam> searchParam) {
    }

    @Schema(name = "CapabilityStatementRest", description = "The server's REST capabilities", additionalProperties = Schema.True.class)
    record Rest(@Schema(enumeration = "server") String mode, List<RestResource> resource) {
    }

    @Schema(name = "CapabilityStatement", description = "The FHIR R4 CapabilityStatement of the server: the resource "
            + "types served, their interactions and search parameters", requiredProperties = {"resourceType",
                    "fhirVersion"}, additionalProperties = Schema.True.class)
    record CapabilityStatement(
            @Schema(enumeration = "CapabilityStatement") String resourceType,
            String status,
            @Schema(format = "date-time") String date,
            @Schema(enumeration = "instance") String kind,
            @Schema(enumeration = "4.0.1") String fhirVersion,
            List<String> format,
            List<Rest> rest) {
    }
}
