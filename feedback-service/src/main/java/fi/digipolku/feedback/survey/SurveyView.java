package fi.digipolku.feedback.survey;

import java.time.Instant;

import fi.digipolku.support.http.ETags;

/**
 * A survey version as apps render it. Versions never change, so the version is also the view's ETag; the latest
 * version's is the If-Match of the next change of the survey (its regional statements).
 */
public record SurveyView(String key, int version, Instant publishedAt, SurveyContent content)
        implements
            ETags.Versioned {

    @Override
    public long etag() {
        return version;
    }

    static SurveyView of(Survey survey) {
        return new SurveyView(survey.id.surveyKey(), survey.id.version(), survey.publishedAt, survey.content);
    }
}
