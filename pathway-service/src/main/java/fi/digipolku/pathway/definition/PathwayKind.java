package fi.digipolku.pathway.definition;

/** Who starts a pathway and whether the care team follows it. */
public enum PathwayKind {
    /** Open to every client, started and ended by the client, not followed by professionals (itsehoitopolku). */
    SELF_CARE,
    /** Opened by a professional for a client and followed by the care team (ammattilaisen aloittama polku). */
    PROFESSIONAL
}
