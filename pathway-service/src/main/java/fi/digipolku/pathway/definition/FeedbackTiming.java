package fi.digipolku.pathway.definition;

/** When clients of a pathway are asked for feedback: short pathways at the end, long ones yearly. */
public enum FeedbackTiming {
    AT_END, YEARLY
}
