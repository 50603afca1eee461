-- One client on one pathway version. client_subject is the identity provider's pseudonymous subject.
CREATE TABLE enrollment (
    id                 uuid        PRIMARY KEY,
    definition_id      uuid        NOT NULL,
    definition_version integer     NOT NULL,
    client_subject     text        NOT NULL,
    kind               text        NOT NULL CHECK (kind IN ('SELF_CARE', 'PROFESSIONAL')),
    care_team          text        NOT NULL,
    followed_by_team   boolean     NOT NULL,
    status             text        NOT NULL CHECK (status IN ('ACTIVE', 'COMPLETED', 'DISCONTINUED', 'EXPIRED')),
    started_on         date        NOT NULL,
    ends_on            date        NOT NULL,
    started_at         timestamptz NOT NULL,
    started_by         text        NOT NULL,
    ended_at           timestamptz,
    ended_by           text,
    end_reason         text,
    last_activity_at   timestamptz NOT NULL,
    row_version        bigint      NOT NULL DEFAULT 0,
    FOREIGN KEY (definition_id, definition_version) REFERENCES pathway_definition_version (definition_id, version)
);

CREATE INDEX enrollment_by_client ON enrollment (client_subject, status, started_at DESC);
CREATE INDEX enrollment_by_team ON enrollment (care_team, status, last_activity_at DESC) WHERE followed_by_team;
CREATE INDEX enrollment_active_ends ON enrollment (ends_on) WHERE status = 'ACTIVE';
-- A client runs one enrollment of a pathway at a time.
CREATE UNIQUE INDEX enrollment_one_active ON enrollment (client_subject, definition_id) WHERE status = 'ACTIVE';
