-- Reminders already announced, so each one is announced once per enrollment.
CREATE TABLE reminder_announced (
    enrollment_id uuid        NOT NULL REFERENCES enrollment (id),
    module_key    text        NOT NULL,
    due_on        date        NOT NULL,
    announced_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (enrollment_id, module_key)
);
