package fi.digipolku.messaging.enrollment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An enrollment as pathway-service announced it; the messaging channel exists only while it is active. */
@Entity
@Table(name = "enrollment")
public class KnownEnrollment {

    @Id
    public UUID id;

    @Column(name = "client_subject")
    public String clientSubject;

    @Column(name = "definition_id")
    public UUID definitionId;

    @Column(name = "care_team")
    public String careTeam;

    @Column(name = "messaging_enabled")
    public boolean messagingEnabled;

    @Column(name = "followed_by_team")
    public boolean followedByTeam;

    public boolean active;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** True when the client and the team may talk in this enrollment's channel. */
    public boolean channelOpen() {
        return active && messagingEnabled && followedByTeam;
    }
}
