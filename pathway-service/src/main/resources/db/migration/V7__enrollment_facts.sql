-- Facts of the enrollment's pathway version that every enrollment event carries for other services:
-- whether it has messaging on (messaging-service) and when feedback is asked (feedback-service).
ALTER TABLE enrollment ADD COLUMN messaging_enabled boolean NOT NULL DEFAULT false;
ALTER TABLE enrollment ADD COLUMN feedback_timing text;

UPDATE enrollment e
SET messaging_enabled = coalesce((v.content ->> 'messagingEnabled')::boolean, false),
    feedback_timing = v.content ->> 'feedbackTiming'
FROM pathway_definition_version v
WHERE v.definition_id = e.definition_id AND v.version = e.definition_version;
