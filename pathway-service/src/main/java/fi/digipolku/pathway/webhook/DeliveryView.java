package fi.digipolku.pathway.webhook;

import java.time.Instant;
import java.util.UUID;

/** A notification as its integrator sees it in the parked list. */
public record DeliveryView(UUID id, String resourceType, String resourceId, String versionId,
        WebhookDelivery.Status status, int attempts, String lastError, Instant createdAt, Instant parkedAt) {

    static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(d.id, d.resourceType, d.resourceId, d.versionId, d.status, d.attempts, d.lastError,
                d.createdAt, d.parkedAt);
    }
}
