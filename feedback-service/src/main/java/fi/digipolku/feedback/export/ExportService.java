package fi.digipolku.feedback.export;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.digipolku.feedback.FeedbackConfig;
import fi.digipolku.feedback.response.FeedbackResponse;
import fi.digipolku.feedback.response.FeedbackResponseRepository;
import fi.digipolku.support.problem.ProblemException;

/** The monthly national delivery: the responses answered in a month, in the fixed technical format. */
@ApplicationScoped
public class ExportService {

    private final FeedbackResponseRepository responses;
    private final ZoneId zone;
    private final Clock clock;

    public ExportService(FeedbackResponseRepository responses, FeedbackConfig config, Clock clock) {
        this.responses = responses;
        this.zone = config.zone();
        this.clock = clock;
    }

    /**
     * The delivery of an ended month; a month still running (or to come) is refused, since its file would change.
     */
    @Transactional
    public NationalExport.Result export(YearMonth month) {
        if (!month.isBefore(YearMonth.now(clock.withZone(zone)))) {
            throw ProblemException.invalid("month", "export.month-not-ended");
        }
        List<ExportRow> rows = responses.answeredBetween(month.atDay(1), month.atEndOfMonth()).stream()
                .map(ExportService::row).toList();
        return NationalExport.write(rows);
    }

    private static ExportRow row(FeedbackResponse r) {
        return new ExportRow(r.id, r.surveyKey, r.surveyVersion, r.definitionId, r.definitionVersion, r.careTeam,
                r.placeOfService, r.costCentre, r.auraServiceClass, r.contactType, r.clientSegment, null,
                r.answeredOn, r.nps, r.ces, r.statements, r.openAnswer);
    }
}
