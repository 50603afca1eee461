-- Who wrote each record: the person at the keyboard, which is a guardian's own subject when they record on behalf of a
-- child. A private diary entry is readable by its author only. Until now only clients recorded for themselves, so
-- every existing record, private entries included, is the enrollment's client's.
ALTER TABLE progress_record ADD COLUMN author text;
UPDATE progress_record r SET author = e.client_subject FROM enrollment e WHERE e.id = r.enrollment_id;
ALTER TABLE progress_record ALTER COLUMN author SET NOT NULL;

-- An Idempotency-Key is the author's own: a retry finds only the same person's earlier record.
ALTER TABLE progress_record DROP CONSTRAINT progress_record_enrollment_id_idempotency_key_key;
ALTER TABLE progress_record ADD CONSTRAINT progress_record_idempotency UNIQUE (enrollment_id, author, idempotency_key);
