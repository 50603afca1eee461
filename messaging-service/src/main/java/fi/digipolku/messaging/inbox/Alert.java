package fi.digipolku.messaging.inbox;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A live alert to the professionals of some teams: a client is waiting for a reply ({@code contact}) or a promise was
 * broken ({@code breach}). It names the thread only; the professional opens it to read.
 */
public record Alert(String kind, UUID threadId, Set<String> teams, Instant dueAt, boolean contactRequest,
        Instant at) {

    public static final String CONTACT = "contact";
    public static final String BREACH = "breach";
}
