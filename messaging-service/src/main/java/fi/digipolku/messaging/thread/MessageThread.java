package fi.digipolku.messaging.thread;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A conversation between a client and the care team of one enrollment. While a client message waits for an answer
 * {@link #waitingSince} and {@link #dueAt} are set; {@link #inboxTeam} is the team whose inbox holds the thread.
 */
@Entity
@Table(name = "message_thread")
public class MessageThread {

    @Id
    public UUID id;

    @Column(name = "enrollment_id")
    public UUID enrollmentId;

    @Column(name = "client_subject")
    public String clientSubject;

    @Column(name = "definition_id")
    public UUID definitionId;

    @Column(name = "care_team")
    public String careTeam;

    @Column(name = "inbox_team")
    public String inboxTeam;

    public String topic;

    @Enumerated(EnumType.STRING)
    public ThreadStatus status;

    @Column(name = "opened_by")
    public String openedBy;

    @Column(name = "opened_by_role")
    public String openedByRole;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_reason")
    public String closedReason;

    public String assignee;

    @Column(name = "last_message_at")
    public Instant lastMessageAt;

    @Column(name = "breached_at")
    public Instant breachedAt;

    @Column(name = "waiting_since")
    public Instant waitingSince;

    @Column(name = "clock_started_at")
    public Instant clockStartedAt;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "contact_request")
    public boolean contactRequest;

    public boolean overdue;

    @Column(name = "team_seen_up_to")
    public Instant teamSeenUpTo;

    @Column(name = "client_seen_up_to")
    public Instant clientSeenUpTo;

    @Column(name = "first_response_at")
    public Instant firstResponseAt;

    @Column(name = "first_response_seconds")
    public Long firstResponseSeconds;

    @Column(name = "first_response_working_seconds")
    public Long firstResponseWorkingSeconds;

    @Column(name = "first_response_within_promise")
    public Boolean firstResponseWithinPromise;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Version
    public long version;
}
