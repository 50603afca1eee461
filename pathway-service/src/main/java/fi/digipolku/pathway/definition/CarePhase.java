package fi.digipolku.pathway.definition;

/** The phase of care a pathway supports. */
public enum CarePhase {
    PREVENTION, ASSESSMENT, TREATMENT
}
