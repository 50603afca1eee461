package fi.digipolku.feedback.response;

import java.util.Map;

/**
 * A client's answers. {@code nps} is required; the statements, CES and the open answer are optional ("I cannot say"
 * is no answer). Ranges are checked against the request's survey version.
 */
public record AnswerRequest(Integer nps, Integer ces, Map<String, Integer> statements, String openAnswer) {

    public Map<String, Integer> statementsOrEmpty() {
        return statements == null ? Map.of() : statements;
    }
}
