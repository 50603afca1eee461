package fi.digipolku.feedback.export;

import java.time.YearMonth;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fi.digipolku.feedback.response.FeedbackResponse;

/** The monthly national delivery: the responses answered in a month, in the fixed technical format. */
@ApplicationScoped
public class ExportService {

    private final EntityManager em;

    public ExportService(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public NationalExport.Result export(YearMonth month) {
        List<ExportRow> rows = em.createQuery("from FeedbackResponse where answeredOn between ?1 and ?2",
                FeedbackResponse.class).setParameter(1, month.atDay(1)).setParameter(2, month.atEndOfMonth())
                .getResultList().stream().map(ExportService::row).toList();
        return NationalExport.write(rows);
    }

    private static ExportRow row(FeedbackResponse r) {
        return new ExportRow(r.id, r.surveyKey, r.surveyVersion, r.definitionId, r.definitionVersion, r.careTeam,
                r.placeOfService, r.costCentre, r.auraServiceClass, r.contactType, r.clientSegment, null,
                r.answeredOn, r.nps, r.ces, r.statements, r.openAnswer);
    }
}
