-- Whether the enrollment's pathway version has messaging on, so every enrollment event can tell messaging-service.
ALTER TABLE enrollment ADD COLUMN messaging_enabled boolean NOT NULL DEFAULT false;

UPDATE enrollment e SET messaging_enabled = (v.content ->> 'messagingEnabled')::boolean
FROM pathway_definition_version v
WHERE v.definition_id = e.definition_id AND v.version = e.definition_version;
