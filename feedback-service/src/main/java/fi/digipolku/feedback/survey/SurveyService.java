package fi.digipolku.feedback.survey;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.problem.FieldError;
import fi.digipolku.support.problem.ProblemException;

/** Survey instruments: every change is a new immutable version; requests keep the version they were made with. */
@ApplicationScoped
public class SurveyService {

    private final EntityManager em;
    private final Clock clock;

    public SurveyService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** The latest version of every survey. */
    public List<SurveyView> list() {
        return em.createQuery("""
                from Survey s where s.id.version = (select max(o.id.version) from Survey o
                where o.id.surveyKey = s.id.surveyKey) order by s.id.surveyKey""", Survey.class).getResultList()
                .stream().map(SurveyView::of).toList();
    }

    public Optional<Survey> latest(String key) {
        return em.createQuery("from Survey where id.surveyKey = ?1 order by id.version desc", Survey.class)
                .setParameter(1, key).setMaxResults(1).getResultStream().findFirst();
    }

    public Optional<Survey> version(String key, int version) {
        return Optional.ofNullable(em.find(Survey.class, new Survey.Key(key, version)));
    }

    public SurveyView get(String key, Integer version) {
        return (version == null ? latest(key) : version(key, version)).map(SurveyView::of)
                .orElseThrow(() -> ProblemException.notFound("No survey " + key
                        + (version == null ? "" : " version " + version) + "."));
    }

    /**
     * Publishes a new version whose regional statements are the given ones, asked right after the national
     * statements; the national items stay exactly as they are.
     */
    @Transactional
    public SurveyView setRegionalStatements(String key, RegionalStatements request, Caller caller) {
        Survey current = latest(key).orElseThrow(() -> ProblemException.notFound("No survey " + key + "."));
        List<SurveyItem> kept = current.content.items().stream()
                .filter(i -> i.national() || i.type() != ItemType.AGREEMENT).toList();
        Set<String> keys = new HashSet<>();
        kept.forEach(i -> keys.add(i.key()));
        List<FieldError> errors = new ArrayList<>();
        List<SurveyItem> regional = new ArrayList<>();
        for (int i = 0; i < request.statements().size(); i++) {
            RegionalStatements.Statement statement = request.statements().get(i);
            if (!keys.add(statement.key())) {
                errors.add(new FieldError("statements[" + i + "].key", "is already used by another item"));
            }
            if (!statement.text().containsKey("fi")) {
                errors.add(new FieldError("statements[" + i + "].text", "needs at least the Finnish text (fi)"));
            }
            regional.add(new SurveyItem(statement.key(), ItemType.AGREEMENT, statement.text(), false, false));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The statements cannot be added.", errors);
        }
        int insertAt = 0;
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i).type() == ItemType.AGREEMENT || kept.get(i).type() == ItemType.NPS) {
                insertAt = i + 1;
            }
        }
        List<SurveyItem> items = new ArrayList<>(kept.subList(0, insertAt));
        items.addAll(regional);
        items.addAll(kept.subList(insertAt, kept.size()));
        Survey next = new Survey();
        next.id = new Survey.Key(key, current.id.version() + 1);
        next.content = new SurveyContent(current.content.name(), List.copyOf(items));
        next.publishedAt = clock.instant();
        next.publishedBy = caller.subject();
        em.persist(next);
        em.flush();
        return SurveyView.of(next);
    }
}
