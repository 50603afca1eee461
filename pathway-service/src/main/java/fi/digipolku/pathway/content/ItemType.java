package fi.digipolku.pathway.content;

/** The answer kinds of a questionnaire item. */
public enum ItemType {
    SINGLE_CHOICE, MULTIPLE_CHOICE, NUMBER, TEXT, SCALE
}
