package fi.digipolku.feedback.response;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Stored, anonymous responses (table {@code feedback_response}); written only by the {@link ResponsePool}. */
@ApplicationScoped
public class FeedbackResponseRepository implements PanacheRepositoryBase<FeedbackResponse, UUID> {

    /** The responses answered on or before the given day. */
    public List<FeedbackResponse> answeredUpTo(LocalDate last) {
        return getEntityManager().createQuery("from FeedbackResponse where answeredOn <= ?1", FeedbackResponse.class)
                .setParameter(1, last).getResultList();
    }

    /** The responses answered from {@code first} to {@code last}. */
    public List<FeedbackResponse> answeredBetween(LocalDate first, LocalDate last) {
        return getEntityManager().createQuery("from FeedbackResponse where answeredOn between ?1 and ?2",
                FeedbackResponse.class).setParameter(1, first).setParameter(2, last).getResultList();
    }
}
