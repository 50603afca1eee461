package fi.digipolku.messaging.thread;

/** A thread takes messages while OPEN; a CLOSED thread stays readable in history. */
public enum ThreadStatus {
    OPEN, CLOSED
}
