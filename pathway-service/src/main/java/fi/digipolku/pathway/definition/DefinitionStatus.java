package fi.digipolku.pathway.definition;

/** DRAFT until the first publish; RETIRED definitions take no new enrollments. */
public enum DefinitionStatus {
    DRAFT, PUBLISHED, RETIRED
}
