-- Idempotency-Keys move to the platform's table idempotency_key (support.idempotency.IdempotentWrites): per person, with
-- the hash of the request, so a key used again for another request is refused instead of answered with the first.
-- The keys kept on threads and messages so far carry no hash ('': a retry with them replays as before); a person who
-- used the same key for several writes keeps the latest. Then the columns go, and their unique constraints with them.
INSERT INTO idempotency_key (owner_subject, key, request_hash, resource, created_at)
SELECT DISTINCT ON (owner_subject, key) owner_subject, key, '', resource, created_at
FROM (SELECT opened_by AS owner_subject, idempotency_key AS key, id::text AS resource, opened_at AS created_at
      FROM message_thread WHERE idempotency_key IS NOT NULL
      UNION ALL
      SELECT sender_subject, idempotency_key, id::text, sent_at
      FROM message WHERE idempotency_key IS NOT NULL) used
ORDER BY owner_subject, key, created_at DESC
ON CONFLICT DO NOTHING;

ALTER TABLE message_thread DROP COLUMN idempotency_key;
ALTER TABLE message DROP COLUMN idempotency_key;
