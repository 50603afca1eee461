package fi.digipolku.messaging.thread;

import jakarta.validation.constraints.NotBlank;

/** A text message; files travel as multipart/form-data instead. */
public record MessageRequest(@NotBlank String body) {
}
