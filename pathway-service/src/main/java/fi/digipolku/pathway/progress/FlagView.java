package fi.digipolku.pathway.progress;

import java.time.Instant;
import java.util.UUID;

/** A flag as the API shows it; open while {@code acknowledgedAt} is null. */
public record FlagView(UUID id, UUID enrollmentId, UUID recordId, String moduleKey, String reason, Instant raisedAt,
        Instant acknowledgedAt, String acknowledgedBy) {

    static FlagView of(Flag f) {
        return new FlagView(f.id, f.enrollmentId, f.recordId, f.moduleKey, f.reason, f.raisedAt, f.acknowledgedAt,
                f.acknowledgedBy);
    }
}
