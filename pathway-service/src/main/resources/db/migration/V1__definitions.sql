-- Pathway definitions: an editable draft and immutable published versions.
CREATE TABLE pathway_definition (
    id             uuid        PRIMARY KEY,
    status         text        NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
    care_team      text        NOT NULL,
    draft          jsonb       NOT NULL,
    latest_version integer     NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    row_version    bigint      NOT NULL DEFAULT 0
);

CREATE TABLE pathway_definition_version (
    definition_id uuid        NOT NULL REFERENCES pathway_definition (id),
    version       integer     NOT NULL,
    content       jsonb       NOT NULL,
    published_at  timestamptz NOT NULL,
    published_by  text        NOT NULL,
    PRIMARY KEY (definition_id, version)
);
