package fi.digipolku.pathway.content;

/** When a questionnaire is asked; START and END pairs give the PROM change. */
public enum QuestionnairePurpose {
    BACKGROUND, START, END, FOLLOW_UP
}
