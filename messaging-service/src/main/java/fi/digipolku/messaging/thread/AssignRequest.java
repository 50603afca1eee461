package fi.digipolku.messaging.thread;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Who handles a thread: a professional's subject, or null to release it. */
public record AssignRequest(@Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:@-]+") String assignee) {
}
