-- Every consumed event, as a fact; aggregates are computed from these and can be rebuilt.
CREATE TABLE event_fact (
    event_id      text        PRIMARY KEY,
    event_type    text        NOT NULL,
    subject       text        NOT NULL,
    occurred_at   timestamptz NOT NULL,
    definition_id uuid,
    data          jsonb       NOT NULL,
    received_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX event_fact_by_definition ON event_fact (definition_id, occurred_at);

-- The pathways reported on, as the latest published version describes them.
CREATE TABLE pathway (
    definition_id  uuid        PRIMARY KEY,
    name           text        NOT NULL,
    kind           text        NOT NULL,
    care_team      text        NOT NULL,
    latest_version integer     NOT NULL,
    retired        boolean     NOT NULL DEFAULT false,
    updated_at     timestamptz NOT NULL
);
