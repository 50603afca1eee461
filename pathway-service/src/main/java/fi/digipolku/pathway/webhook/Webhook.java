package fi.digipolku.pathway.webhook;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An integrator's subscription to notifications of newly reviewed data; the secret is stored encrypted. */
@Entity
@Table(name = "webhook")
public class Webhook {

    @Id
    public UUID id;

    public String integrator;

    public String url;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] resourceTypes;

    public byte[] secret;

    public Instant createdAt;

    public Instant deletedAt;
}
