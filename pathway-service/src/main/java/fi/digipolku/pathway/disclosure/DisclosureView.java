package fi.digipolku.pathway.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One release of the client's data to an integrator: who, when, which FHIR resources. */
public record DisclosureView(UUID id, Instant at, String integrator, String resourceType, List<String> resourceIds) {
}
