package fi.digipolku.feedback.survey;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** Survey versions (table {@code survey}). */
@ApplicationScoped
public class SurveyRepository implements PanacheRepositoryBase<Survey, Survey.Key> {

    /** The latest version of every survey, by key. */
    List<Survey> latestOfEach() {
        return getEntityManager().createQuery("""
                from Survey s where s.id.version = (select max(o.id.version) from Survey o
                where o.id.surveyKey = s.id.surveyKey) order by s.id.surveyKey""", Survey.class).getResultList();
    }

    /** The latest version of one survey. */
    Optional<Survey> latest(String key) {
        return find("id.surveyKey = ?1", Sort.descending("id.version"), key).firstResultOptional();
    }
}
