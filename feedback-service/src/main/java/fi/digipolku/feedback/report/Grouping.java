package fi.digipolku.feedback.report;

/** What a feedback report groups by. */
public enum Grouping {
    PATHWAY, TEAM
}
