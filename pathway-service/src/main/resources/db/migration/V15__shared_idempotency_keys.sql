-- Idempotency-Keys move to the shared table idempotency_key (db/support V0_4, support.idempotency.IdempotentWrites),
-- kept per person for 24 hours and checked against a hash of the whole request. The keys of starts and records made
-- before are carried over first, so a retry of one of them is still answered with what it made; their hash is unknown
-- (''), which replays any request with the key until it is forgotten.
INSERT INTO idempotency_key (owner_subject, key, request_hash, resource, created_at)
SELECT started_by, idempotency_key, '', id::text, started_at
FROM enrollment
WHERE idempotency_key IS NOT NULL
ON CONFLICT DO NOTHING;

INSERT INTO idempotency_key (owner_subject, key, request_hash, resource, created_at)
SELECT author, idempotency_key, '', id::text, recorded_at
FROM progress_record
WHERE idempotency_key IS NOT NULL
ON CONFLICT DO NOTHING;

DROP INDEX enrollment_idempotency;
ALTER TABLE enrollment DROP COLUMN idempotency_key;

ALTER TABLE progress_record DROP CONSTRAINT progress_record_idempotency;
ALTER TABLE progress_record DROP COLUMN idempotency_key;
ALTER TABLE progress_record DROP COLUMN request_hash;
