-- An integrator's subscription to notifications of newly reviewed data. The signing secret is stored AES-GCM
-- encrypted with the identity key; it is shown to the integrator once, at registration.
CREATE TABLE webhook (
    id             uuid        PRIMARY KEY,
    integrator     text        NOT NULL,
    url            text        NOT NULL,
    resource_types text[]      NOT NULL,
    secret         bytea       NOT NULL,
    created_at     timestamptz NOT NULL,
    deleted_at     timestamptz
);

CREATE INDEX webhook_by_integrator ON webhook (integrator) WHERE deleted_at IS NULL;

-- The delivery queue: one notification to one webhook, retried with back-off, parked after the last attempt.
CREATE TABLE webhook_delivery (
    id              uuid        PRIMARY KEY,
    webhook_id      uuid        NOT NULL REFERENCES webhook (id),
    resource_type   text        NOT NULL,
    resource_id     text        NOT NULL,
    version_id      text        NOT NULL,
    status          text        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'PARKED')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error      text,
    created_at      timestamptz NOT NULL,
    delivered_at    timestamptz,
    parked_at       timestamptz
);

CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_parked ON webhook_delivery (webhook_id, parked_at DESC) WHERE status = 'PARKED';
