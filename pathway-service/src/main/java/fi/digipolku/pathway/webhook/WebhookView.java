package fi.digipolku.pathway.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A webhook as its integrator sees it; {@code secret} only in the answer to the registration. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookView(UUID id, String url, List<String> resourceTypes, Instant createdAt, String secret) {

    static WebhookView of(Webhook webhook, String secret) {
        return new WebhookView(webhook.id, webhook.url, List.of(webhook.resourceTypes), webhook.createdAt, secret);
    }
}
