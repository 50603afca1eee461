package fi.digipolku.messaging.enrollment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An enrollment as pathway-service announced it; the messaging channel exists only while it is active. */
@Entity
@Table(name = "enrollment")
public class KnownEnrollment {

    @Id
    public UUID id;

    public String clientSubject;

    public UUID definitionId;

    public String careTeam;

    public boolean messagingEnabled;

    public boolean followedByTeam;

    public boolean active;

    public Instant updatedAt;

    /** True when the client and the team may talk in this enrollment's channel. */
    public boolean channelOpen() {
        return active && messagingEnabled && followedByTeam;
    }
}
