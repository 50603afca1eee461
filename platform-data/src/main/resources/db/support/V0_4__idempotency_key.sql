-- What a write sent with an Idempotency-Key made, so that a retry by the same person within the time keys are kept
-- gets that again instead of a second one (support.idempotency.IdempotentWrites). The request hash covers the
-- operation and, where the service may keep it, the body; the resource is the id of what was made.
CREATE TABLE idempotency_key (
    owner_subject text        NOT NULL,
    key           text        NOT NULL,
    request_hash  text        NOT NULL,
    resource      text        NOT NULL,
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (owner_subject, key)
);

CREATE INDEX idempotency_key_by_age ON idempotency_key (created_at);
