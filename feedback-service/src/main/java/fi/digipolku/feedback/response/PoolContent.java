package fi.digipolku.feedback.response;

import java.util.Map;

/**
 * What a pooled answer says, kept sealed in the pool ({@link PoolCipher}): everything except what grouping needs.
 *
 * @param removed what the anonymiser removed from the open answer, per category; {@code null} without an open answer
 */
public record PoolContent(Integer nps, Integer ces, Map<String, Integer> statements, String clientSegment,
        String openAnswer, Map<String, Integer> removed) {
}
