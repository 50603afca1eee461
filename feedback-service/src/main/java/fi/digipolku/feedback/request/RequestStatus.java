package fi.digipolku.feedback.request;

/** A feedback request waits for an answer until it is answered once or expires. */
public enum RequestStatus {
    PENDING, ANSWERED, EXPIRED
}
