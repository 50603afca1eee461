package fi.digipolku.messaging.thread;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new thread in an enrollment's channel, with its first message. */
public record OpenThreadRequest(@NotNull UUID enrollmentId, @NotBlank @Size(max = 120) String topic,
        @NotBlank String body) {
}
