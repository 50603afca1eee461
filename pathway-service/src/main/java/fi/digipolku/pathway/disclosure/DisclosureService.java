package fi.digipolku.pathway.disclosure;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.digipolku.support.http.Page;
import fi.digipolku.support.http.RequestIds;

/**
 * The disclosure log: every release of a client's data to an integrator, with the resource ids, append-only. Kept
 * beside the access log (which records the same reads without ids) because the client wants to see exactly what
 * went to the patient record.
 */
@ApplicationScoped
public class DisclosureService {

    private final DisclosureRepository disclosures;
    private final Clock clock;

    public DisclosureService(DisclosureRepository disclosures, Clock clock) {
        this.disclosures = disclosures;
        this.clock = clock;
    }

    @Transactional
    public void record(String integrator, String clientSubject, String resourceType, List<String> resourceIds) {
        if (resourceIds.isEmpty()) {
            return;
        }
        disclosures.insert(UUID.randomUUID(), clock.instant(), integrator, clientSubject, resourceType, resourceIds,
                RequestIds.current());
    }

    /** The client's own disclosures, newest first. */
    public Page<DisclosureView> forClient(String clientSubject, int page, int size) {
        List<DisclosureRepository.Row> rows = disclosures.ofClient(clientSubject, page, size);
        long total = disclosures.countOfClient(clientSubject);
        List<DisclosureView> items = rows.stream().map(row -> new DisclosureView(row.id(), row.at(),
                row.integrator(), row.resourceType(), Arrays.asList(row.resourceIds()))).toList();
        return new Page<>(items, page, size, total);
    }
}
