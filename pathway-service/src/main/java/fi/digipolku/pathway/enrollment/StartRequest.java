package fi.digipolku.pathway.enrollment;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Starts an enrollment. A client starting a self-care pathway may leave {@code clientSubject} out; a professional
 * names the client.
 */
public record StartRequest(@NotNull UUID definitionId, @Size(min = 1, max = 100) String clientSubject) {
}
