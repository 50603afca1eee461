-- A care team's service promise, working hours and opening hours for new contacts. A team without a row here
-- works under the defaults of digipolku.messaging.defaults.*.
CREATE TABLE team (
    id              text        PRIMARY KEY,
    promise_amount  integer     NOT NULL CHECK (promise_amount > 0),
    promise_unit    text        NOT NULL,
    work_start      time        NOT NULL,
    work_end        time        NOT NULL,
    zone            text        NOT NULL,
    escalation_team text,
    opening_days    jsonb       NOT NULL,
    opens           time        NOT NULL,
    closes          time        NOT NULL,
    updated_at      timestamptz NOT NULL,
    updated_by      text        NOT NULL,
    version         bigint      NOT NULL
);

-- Enrollments as pathway-service announces them: whose they are, which team follows them, whether their pathway
-- has messaging on, and whether they are still running.
CREATE TABLE enrollment (
    id                uuid        PRIMARY KEY,
    client_subject    text        NOT NULL,
    definition_id     uuid        NOT NULL,
    care_team         text        NOT NULL,
    messaging_enabled boolean     NOT NULL,
    followed_by_team  boolean     NOT NULL,
    active            boolean     NOT NULL,
    updated_at        timestamptz NOT NULL
);

CREATE INDEX enrollment_by_client ON enrollment (client_subject);

-- A conversation between a client and the care team of one enrollment. While a client message waits for an answer,
-- waiting_since and due_at are set; inbox_team is the team whose inbox holds it (the escalation team after a breach).
CREATE TABLE message_thread (
    id                             uuid        PRIMARY KEY,
    enrollment_id                  uuid        NOT NULL REFERENCES enrollment (id),
    client_subject                 text        NOT NULL,
    definition_id                  uuid        NOT NULL,
    care_team                      text        NOT NULL,
    inbox_team                     text        NOT NULL,
    topic                          text        NOT NULL,
    status                         text        NOT NULL,
    opened_by                      text        NOT NULL,
    opened_by_role                 text        NOT NULL,
    opened_at                      timestamptz NOT NULL,
    closed_at                      timestamptz,
    closed_reason                  text,
    assignee                       text,
    last_message_at                timestamptz NOT NULL,
    breached_at                    timestamptz,
    waiting_since                  timestamptz,
    clock_started_at               timestamptz,
    due_at                         timestamptz,
    contact_request                boolean     NOT NULL DEFAULT false,
    overdue                        boolean     NOT NULL DEFAULT false,
    team_seen_up_to                timestamptz,
    client_seen_up_to              timestamptz,
    first_response_at              timestamptz,
    first_response_seconds         bigint,
    first_response_working_seconds bigint,
    first_response_within_promise  boolean,
    idempotency_key                text,
    version                        bigint      NOT NULL,
    UNIQUE (opened_by, idempotency_key)
);

CREATE INDEX thread_by_client ON message_thread (client_subject, last_message_at DESC);
CREATE INDEX thread_by_enrollment ON message_thread (enrollment_id);
-- The inbox: open threads of a team, most urgent first (waiting threads have a due time, answered ones come last);
-- the overdue view and the caller's own threads have indexes of their own in the same order.
CREATE INDEX thread_inbox ON message_thread (inbox_team, due_at, last_message_at DESC, id) WHERE status = 'OPEN';
CREATE INDEX thread_inbox_overdue ON message_thread (inbox_team, due_at, last_message_at DESC, id)
    WHERE status = 'OPEN' AND overdue;
CREATE INDEX thread_assigned ON message_thread (assignee, due_at, last_message_at DESC, id)
    WHERE status = 'OPEN' AND assignee IS NOT NULL;
-- The promise watch: open threads waiting past their due time and not yet marked.
CREATE INDEX thread_due ON message_thread (due_at) WHERE status = 'OPEN' AND overdue = false AND due_at IS NOT NULL;

CREATE TABLE message (
    id              uuid        PRIMARY KEY,
    thread_id       uuid        NOT NULL REFERENCES message_thread (id),
    sender_subject  text        NOT NULL,
    sender_role     text        NOT NULL,
    body            text        NOT NULL,
    sent_at         timestamptz NOT NULL,
    contact_request boolean     NOT NULL DEFAULT false,
    idempotency_key text,
    UNIQUE (thread_id, sender_subject, idempotency_key)
);

CREATE INDEX message_by_thread ON message (thread_id, sent_at);

-- Files a message carries, stored with it; the content type was read from the bytes, not taken from the client.
CREATE TABLE attachment (
    id           uuid    PRIMARY KEY,
    message_id   uuid    NOT NULL REFERENCES message (id),
    file_name    text    NOT NULL,
    content_type text    NOT NULL,
    size_bytes   integer NOT NULL,
    content      bytea   NOT NULL
);

CREATE INDEX attachment_by_message ON attachment (message_id);

-- When each professional last read each thread; the client's and the team's marks live on the thread.
CREATE TABLE read_mark (
    thread_id uuid        NOT NULL REFERENCES message_thread (id),
    reader    text        NOT NULL,
    read_up_to timestamptz NOT NULL,
    PRIMARY KEY (thread_id, reader)
);
