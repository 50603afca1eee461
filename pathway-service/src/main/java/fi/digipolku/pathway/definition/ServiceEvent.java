package fi.digipolku.pathway.definition;

import jakarta.validation.constraints.Size;

/**
 * The service-event metadata the national feedback export needs with every answer: place of service
 * (suorituspaikka), cost centre (kustannuspaikka), the national Aura service class (or specialty) and contact type
 * (yhteystapa). All are required to publish.
 */
public record ServiceEvent(
        @Size(max = 100) String placeOfService,
        @Size(max = 100) String costCentre,
        @Size(max = 100) String auraServiceClass,
        @Size(max = 100) String contactType) {
}
