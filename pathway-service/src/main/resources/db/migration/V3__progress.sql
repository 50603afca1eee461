-- What a client did on an enrollment: content viewed, questionnaire answered, measurement recorded, diary entry,
-- task done. The payload keeps the answers, values or diary text; events never do.
CREATE TABLE progress_record (
    id              uuid        PRIMARY KEY,
    enrollment_id   uuid        NOT NULL REFERENCES enrollment (id),
    module_key      text        NOT NULL,
    module_type     text        NOT NULL,
    recorded_at     timestamptz NOT NULL,
    recorded_on     date        NOT NULL,
    payload         jsonb       NOT NULL,
    score           numeric(12, 2),
    band            text,
    out_of_range    boolean     NOT NULL DEFAULT false,
    private_entry   boolean     NOT NULL DEFAULT false,
    idempotency_key text,
    UNIQUE (enrollment_id, idempotency_key)
);

CREATE INDEX progress_by_enrollment ON progress_record (enrollment_id, module_key, recorded_on);

-- Something the care team must look at, e.g. a measurement beyond its alert range.
CREATE TABLE flag (
    id              uuid        PRIMARY KEY,
    enrollment_id   uuid        NOT NULL REFERENCES enrollment (id),
    record_id       uuid        NOT NULL REFERENCES progress_record (id),
    module_key      text        NOT NULL,
    reason          text        NOT NULL,
    raised_at       timestamptz NOT NULL,
    acknowledged_at timestamptz,
    acknowledged_by text
);

CREATE INDEX flag_open_by_enrollment ON flag (enrollment_id) WHERE acknowledged_at IS NULL;
