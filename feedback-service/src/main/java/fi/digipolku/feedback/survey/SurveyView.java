package fi.digipolku.feedback.survey;

import java.time.Instant;

/** A survey version as apps render it. */
public record SurveyView(String key, int version, Instant publishedAt, SurveyContent content) {

    static SurveyView of(Survey survey) {
        return new SurveyView(survey.id.surveyKey(), survey.id.version(), survey.publishedAt, survey.content);
    }
}
