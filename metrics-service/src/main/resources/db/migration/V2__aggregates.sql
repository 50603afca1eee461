-- Facts from every topic carry their team, the Helsinki calendar day they happened on and, for enrollment events,
-- the enrollment; the day is the event's own time, so a late event lands on the day it happened.
ALTER TABLE event_fact ADD COLUMN team text;
ALTER TABLE event_fact ADD COLUMN day date;
UPDATE event_fact SET day = (occurred_at AT TIME ZONE 'Europe/Helsinki')::date,
                      team = coalesce(data ->> 'careTeam', data ->> 'team');
ALTER TABLE event_fact ALTER COLUMN day SET NOT NULL;
CREATE INDEX event_fact_by_type_day ON event_fact (event_type, day);
CREATE INDEX event_fact_by_subject ON event_fact (subject, event_type);

-- What a pathway's latest version contains, for rates that need to know what was due.
ALTER TABLE pathway ADD COLUMN measurement_modules integer NOT NULL DEFAULT 0;
ALTER TABLE pathway ADD COLUMN questionnaire_modules integer NOT NULL DEFAULT 0;

-- Daily counts per pathway definition and team, kept up to date from each new fact and rebuildable from all facts.
-- Counts that belong to no pathway (e.g. monitoring views) use the nil UUID.
CREATE TABLE daily_metric (
    day           date   NOT NULL,
    definition_id uuid   NOT NULL,
    team          text   NOT NULL,
    metric        text   NOT NULL,
    value         bigint NOT NULL,
    PRIMARY KEY (day, definition_id, team, metric)
);

CREATE INDEX daily_metric_by_definition ON daily_metric (definition_id, metric, day);
CREATE INDEX daily_metric_by_team ON daily_metric (team, metric, day);

-- Phone calls and visits per month from the EHR, posted by integrators, to compare before and after a pathway.
CREATE TABLE ehr_contacts (
    month         date        NOT NULL,
    definition_id uuid        NOT NULL,
    team          text        NOT NULL,
    phone_calls   integer     NOT NULL,
    visits        integer     NOT NULL,
    reported_by   text        NOT NULL,
    reported_at   timestamptz NOT NULL,
    PRIMARY KEY (month, definition_id, team)
);
