-- Transactional outbox: events written in the same transaction as the change, relayed to Kafka in seq order.
CREATE TABLE outbox_event (
    seq         bigserial   PRIMARY KEY,
    event_id    uuid        NOT NULL UNIQUE,
    topic       text        NOT NULL,
    message_key text        NOT NULL,
    event_type  text        NOT NULL,
    payload     text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    sent_at     timestamptz,
    attempts    integer     NOT NULL DEFAULT 0,
    last_error  text
);

CREATE INDEX outbox_event_unsent ON outbox_event (seq) WHERE sent_at IS NULL;
