package fi.digipolku.feedback.export;

import java.util.List;
import java.util.UUID;

/**
 * What a national export left out and why, so that the pathway owners can fix their configuration before the next
 * delivery.
 *
 * <p>
 * Missing fields are named by their national column names ({@code cost_centre}, {@code place_of_service},
 * {@code aura_service_class}) and listed in column order. Rejections are sorted by pathway, pathway version and
 * response id; pathways to fix by pathway and version — so the report, like the file, is the same for the same input.
 *
 * @param emitted rows written to the file
 * @param rejected rows left out
 * @param rejections every row left out
 * @param pathwaysToFix the pathway versions whose configuration lacks required metadata, one entry each
 */
public record ValidationReport(int emitted, int rejected, List<Rejection> rejections,
        List<PathwayToFix> pathwaysToFix) {

    public ValidationReport {
        rejections = List.copyOf(rejections);
        pathwaysToFix = List.copyOf(pathwaysToFix);
    }

    /** True when every row was emitted. */
    public boolean clean() {
        return rejected == 0;
    }

    /**
     * A row that was not emitted.
     *
     * @param responseId the answer's identifier
     * @param definitionId the pathway the answer belongs to
     * @param definitionVersion the pathway version
     * @param missingFields column names of the required fields that were {@code null} or blank
     */
    public record Rejection(UUID responseId, UUID definitionId, int definitionVersion, List<String> missingFields) {

        public Rejection {
            missingFields = List.copyOf(missingFields);
        }
    }

    /**
     * A pathway version whose configuration must be completed.
     *
     * @param definitionId the pathway
     * @param definitionVersion the pathway version
     * @param missingFields column names missing in any of its rejected rows
     * @param rejectedRows how many rows of this pathway version were left out
     */
    public record PathwayToFix(UUID definitionId, int definitionVersion, List<String> missingFields, int rejectedRows) {

        public PathwayToFix {
            missingFields = List.copyOf(missingFields);
        }
    }
}
