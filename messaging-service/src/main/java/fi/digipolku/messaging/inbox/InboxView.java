package fi.digipolku.messaging.inbox;

/** Which of the team's open threads the inbox shows. */
public enum InboxView {
    /** Every open thread. */
    ALL,
    /** Threads where a client message waits for a reply. */
    UNANSWERED,
    /** Threads past their promised reply time. */
    OVERDUE,
    /** Threads assigned to the caller. */
    MINE
}
