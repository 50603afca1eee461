package fi.digipolku.messaging.thread;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fi.digipolku.support.http.Identifiers;

/** Who handles a thread: a professional's subject, or null to release it. */
public record AssignRequest(
        @Size(max = 100) @Pattern(regexp = Identifiers.SUBJECT, message = Identifiers.SUBJECT_MESSAGE) String assignee) {
}
