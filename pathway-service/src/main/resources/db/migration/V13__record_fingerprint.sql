-- The SHA-256 of the canonical JSON of the request that made a record, so that a retry with the same Idempotency-Key
-- is told apart from another request reusing the key. Records made before have none; for them only the module counts.
ALTER TABLE progress_record ADD COLUMN request_hash text;
