-- A professional of the care team reviews a client's measurement or answers before it is released to the patient
-- record. A record is reviewed once; who and when stay with the record.
ALTER TABLE progress_record ADD COLUMN reviewed_at timestamptz;
ALTER TABLE progress_record ADD COLUMN reviewed_by text;
ALTER TABLE progress_record ADD CONSTRAINT progress_record_review_complete
    CHECK ((reviewed_at IS NULL) = (reviewed_by IS NULL));
-- Private diary entries are never reviewed, so never released.
ALTER TABLE progress_record ADD CONSTRAINT progress_record_private_never_reviewed
    CHECK (NOT (private_entry AND reviewed_at IS NOT NULL));

-- What integrators search: reviewed records in order of review.
CREATE INDEX progress_reviewed ON progress_record (reviewed_at, id) WHERE reviewed_at IS NOT NULL;
