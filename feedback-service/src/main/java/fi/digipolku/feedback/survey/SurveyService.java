package fi.digipolku.feedback.survey;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fi.digipolku.support.http.ETags;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.problem.FieldError;
import fi.digipolku.support.problem.ProblemException;

/** Survey instruments: every change is a new immutable version; requests keep the version they were made with. */
@ApplicationScoped
public class SurveyService {

    private final SurveyRepository surveys;
    private final Clock clock;

    public SurveyService(SurveyRepository surveys, Clock clock) {
        this.surveys = surveys;
        this.clock = clock;
    }

    /** The latest version of every survey. */
    public List<SurveyView> list() {
        return surveys.latestOfEach().stream().map(SurveyView::of).toList();
    }

    public Optional<Survey> latest(String key) {
        return surveys.latest(key);
    }

    public Optional<Survey> version(String key, int version) {
        return surveys.findByIdOptional(new Survey.Key(key, version));
    }

    public SurveyView get(String key, Integer version) {
        return (version == null ? latest(key) : version(key, version)).map(SurveyView::of)
                .orElseThrow(() -> version == null
                        ? ProblemException.notFound("survey.not-found", key)
                        : ProblemException.notFound("survey.version-not-found", key, version));
    }

    /**
     * Publishes a new version whose regional statements are the given ones, asked right after the national
     * statements; the national items stay exactly as they are. The survey's regional statements are those of its latest
     * version, so that version is what the admin must have read.
     *
     * @param ifMatch the {@code If-Match} header: the latest version as read; 428 without it, 412 when a newer version
     *            has been published since
     */
    @Transactional
    public SurveyView setRegionalStatements(String key, RegionalStatements request, String ifMatch, Caller caller) {
        Survey current = latest(key).orElseThrow(() -> ProblemException.notFound("survey.not-found", key));
        ETags.check(ETags.required(ifMatch), current.id.version());
        List<SurveyItem> kept = current.content.items().stream()
                .filter(i -> i.national() || i.type() != ItemType.AGREEMENT).toList();
        Set<String> keys = new HashSet<>();
        kept.forEach(i -> keys.add(i.key()));
        List<FieldError> errors = new ArrayList<>();
        List<SurveyItem> regional = new ArrayList<>();
        for (int i = 0; i < request.statements().size(); i++) {
            RegionalStatements.Statement statement = request.statements().get(i);
            if (!keys.add(statement.key())) {
                errors.add(new FieldError("statements[" + i + "].key", "survey.key-taken"));
            }
            if (!statement.text().containsKey("fi")) {
                errors.add(new FieldError("statements[" + i + "].text", "survey.finnish-text-required"));
            }
            regional.add(new SurveyItem(statement.key(), ItemType.AGREEMENT, statement.text(), false, false));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("survey.statements-invalid", errors);
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
        surveys.persistAndFlush(next);
        return SurveyView.of(next);
    }
}
