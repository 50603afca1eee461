package fi.digipolku.feedback.pathway;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The enrollments pathway-service announced (table {@code enrollment}). */
@ApplicationScoped
public class KnownEnrollmentRepository implements PanacheRepositoryBase<KnownEnrollment, UUID> {

    /** Active enrollments of yearly-feedback pathways that started on or before the given day. */
    public List<KnownEnrollment> yearlyStartedBy(LocalDate startedOnOrBefore) {
        return getEntityManager().createQuery("""
                from KnownEnrollment where active = true and feedbackTiming = ?1 and startedOn <= ?2""",
                KnownEnrollment.class).setParameter(1, KnownEnrollment.YEARLY).setParameter(2, startedOnOrBefore)
                .getResultList();
    }
}
