package fi.digipolku.pathway.definition;

/** The client group a pathway is meant for. */
public enum TargetGroup {
    CHILDREN, YOUTH, ADULTS, ELDERLY
}
