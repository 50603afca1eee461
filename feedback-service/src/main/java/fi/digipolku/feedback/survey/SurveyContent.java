package fi.digipolku.feedback.survey;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A survey version's name and ordered items. */
public record SurveyContent(Map<String, String> name, List<SurveyItem> items) {

    public Optional<SurveyItem> item(String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst();
    }
}
