package fi.digipolku.messaging.thread;

import java.time.Instant;
import java.util.UUID;

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

    public UUID enrollmentId;

    public String clientSubject;

    public UUID definitionId;

    public String careTeam;

    public String inboxTeam;

    public String topic;

    @Enumerated(EnumType.STRING)
    public ThreadStatus status;

    public String openedBy;

    public String openedByRole;

    public Instant openedAt;

    public Instant closedAt;

    public String closedReason;

    public String assignee;

    public Instant lastMessageAt;

    public Instant breachedAt;

    public Instant waitingSince;

    public Instant clockStartedAt;

    public Instant dueAt;

    public boolean contactRequest;

    public boolean overdue;

    public Instant teamSeenUpTo;

    public Instant clientSeenUpTo;

    public Instant firstResponseAt;

    public Long firstResponseSeconds;

    public Long firstResponseWorkingSeconds;

    public Boolean firstResponseWithinPromise;

    @Version
    public long version;
}
