-- Modules a professional switched off for one enrollment (personalised pathway).
ALTER TABLE enrollment ADD COLUMN disabled_modules jsonb NOT NULL DEFAULT '[]';
