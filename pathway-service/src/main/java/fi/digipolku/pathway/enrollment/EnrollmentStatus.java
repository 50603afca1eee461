package fi.digipolku.pathway.enrollment;

/** ACTIVE until completed, discontinued or expired; the ended ones form the client's history. */
public enum EnrollmentStatus {
    ACTIVE, COMPLETED, DISCONTINUED, EXPIRED;

    public boolean ended() {
        return this != ACTIVE;
    }
}
