-- A start retried with the same Idempotency-Key by the same person finds the enrollment it started.
ALTER TABLE enrollment ADD COLUMN idempotency_key text;
CREATE UNIQUE INDEX enrollment_idempotency ON enrollment (started_by, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
