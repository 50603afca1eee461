package fi.digipolku.feedback.report;

import java.util.UUID;

/**
 * The feedback of one group: a pathway or a team, in one period ({@code 2026-11}, {@code 2026-Q4}, {@code 2026} or
 * {@code all}). A group under ten answers shows nothing but that it is suppressed.
 */
public record ReportGroup(UUID definitionId, String pathwayName, String team, String period,
        FeedbackSummary summary) {
}
