package fi.digipolku.feedback.export;

import java.util.List;
import java.util.UUID;

/**
 * What admins fix before the next national delivery: the pathway versions whose rows are left out and the columns they
 * lack. No row counts or response ids: those would be figures of groups of any size.
 *
 * @param pathwaysToFix the pathway versions to complete, by pathway and version
 */
public record PathwaysToFix(List<PathwayToFix> pathwaysToFix) {

    /**
     * A pathway version whose configuration must be completed.
     *
     * @param definitionId the pathway
     * @param definitionVersion the pathway version
     * @param missingFields national column names missing in its rows ({@code cost_centre}, {@code place_of_service},
     *        {@code aura_service_class})
     */
    public record PathwayToFix(UUID definitionId, int definitionVersion, List<String> missingFields) {
    }

    static PathwaysToFix of(ValidationReport report) {
        return new PathwaysToFix(report.pathwaysToFix().stream()
                .map(p -> new PathwayToFix(p.definitionId(), p.definitionVersion(), p.missingFields())).toList());
    }
}
