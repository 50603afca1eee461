package fi.digipolku.pathway.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fi.digipolku.pathway.content.ModuleType;

/**
 * A progress record as the API shows it; {@code flagged} says the team was alerted; {@code reviewedAt} and
 * {@code reviewedBy} say a professional reviewed it for release to the patient record.
 */
public record RecordView(UUID id, UUID enrollmentId, String moduleKey, ModuleType moduleType, Instant recordedAt,
        LocalDate recordedOn, RecordPayload payload, BigDecimal score, String band, boolean flagged,
        boolean privateEntry, Instant reviewedAt, String reviewedBy) {

    static RecordView of(ProgressRecord r) {
        return new RecordView(r.id, r.enrollmentId, r.moduleKey, r.moduleType, r.recordedAt, r.recordedOn, r.payload,
                r.score, r.band, r.outOfRange, r.privateEntry, r.reviewedAt, r.reviewedBy);
    }
}
