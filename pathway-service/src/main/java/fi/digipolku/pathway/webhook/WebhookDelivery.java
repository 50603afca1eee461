package fi.digipolku.pathway.webhook;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One notification to one webhook: the queue row that the dispatcher works through. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    /** Where a delivery stands. */
    @Schema(name = "DeliveryStatus")
    public enum Status {
        PENDING, DELIVERED, PARKED
    }

    @Id
    public UUID id;

    public UUID webhookId;

    public String resourceType;

    public String resourceId;

    public String versionId;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;

    public Instant nextAttemptAt;

    public String lastError;

    public Instant createdAt;

    public Instant deliveredAt;

    public Instant parkedAt;
}
