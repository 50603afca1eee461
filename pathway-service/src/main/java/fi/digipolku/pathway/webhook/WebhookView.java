package fi.digipolku.pathway.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A webhook as its integrator sees it; {@code secret} only in the answer to the registration (and to a retry of it with
 * the same Idempotency-Key).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookView(UUID id, String url, List<String> resourceTypes, Instant createdAt,
        @Schema(description = "The signing secret (whsec_…), in the answer to the registration (and to its retry with "
                + "the same Idempotency-Key) only: the key (UTF-8) "
                + "of the HMAC-SHA-256 in each notification's Digipolku-Signature header") String secret) {

    static WebhookView of(Webhook webhook, String secret) {
        return new WebhookView(webhook.id, webhook.url, List.of(webhook.resourceTypes), webhook.createdAt, secret);
    }
}
