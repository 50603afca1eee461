package fi.digipolku.pathway.content;

/** The kinds of content a pathway is built from. */
public enum ModuleType {
    /** Information about the condition and its care. */
    INFO,
    /** Self-care or care instructions. */
    INSTRUCTION,
    /** Questionnaire (background, start, end, PROM), scored on the server. */
    QUESTIONNAIRE,
    /** Scored risk test with interpretation bands. */
    RISK_TEST,
    /** Measurement the client records on a schedule. */
    MEASUREMENT,
    /** A task the client marks done. */
    TASK,
    /** A reminder on the timeline (lab visit, blood pressure follow-up). */
    REMINDER,
    /** A diary (food, exercise, free). */
    DIARY;

    public boolean isQuestionnaire() {
        return this == QUESTIONNAIRE || this == RISK_TEST;
    }
}
