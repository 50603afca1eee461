-- Survey instruments as versioned data. Version 1 of the national instrument is added by V2.
CREATE TABLE survey (
    survey_key   text        NOT NULL,
    version      integer     NOT NULL,
    content      jsonb       NOT NULL,
    published_at timestamptz NOT NULL,
    published_by text        NOT NULL,
    PRIMARY KEY (survey_key, version)
);

-- Published pathway versions as pathway-service announces them: when feedback is asked and the service-event
-- metadata that every feedback row must carry.
CREATE TABLE pathway_version (
    definition_id      uuid    NOT NULL,
    version            integer NOT NULL,
    name               text,
    care_team          text    NOT NULL,
    target_group       text,
    feedback_timing    text,
    place_of_service   text,
    cost_centre        text,
    aura_service_class text,
    contact_type       text,
    PRIMARY KEY (definition_id, version)
);

-- Enrollments as pathway-service announces them; yearly pathways are asked on each anniversary while active.
CREATE TABLE enrollment (
    id                 uuid    PRIMARY KEY,
    client_subject     text    NOT NULL,
    definition_id      uuid    NOT NULL,
    definition_version integer NOT NULL,
    care_team          text    NOT NULL,
    feedback_timing    text,
    started_on         date,
    active             boolean NOT NULL
);

CREATE INDEX enrollment_yearly ON enrollment (started_on) WHERE active AND feedback_timing = 'YEARLY';

-- A request to one client to give feedback on one occasion ('end', or 'year-N'). Only the request knows the client;
-- the response it leads to is stored apart with a new random id and no link back.
CREATE TABLE feedback_request (
    id                 uuid        PRIMARY KEY,
    client_subject     text        NOT NULL,
    enrollment_id      uuid        NOT NULL,
    occasion           text        NOT NULL,
    definition_id      uuid        NOT NULL,
    definition_version integer     NOT NULL,
    care_team          text        NOT NULL,
    survey_key         text        NOT NULL,
    survey_version     integer     NOT NULL,
    requested_at       timestamptz NOT NULL,
    expires_at         timestamptz NOT NULL,
    status             text        NOT NULL,
    answered_on        date,
    version            bigint      NOT NULL,
    UNIQUE (enrollment_id, occasion)
);

CREATE INDEX request_by_client ON feedback_request (client_subject, status);
CREATE INDEX request_due_to_expire ON feedback_request (expires_at) WHERE status = 'PENDING';
CREATE INDEX request_by_pathway ON feedback_request (definition_id, requested_at);

-- An answer, unlinkable to the person: a new random id, dates only, the client's age group and no request id.
CREATE TABLE feedback_response (
    id                 uuid    PRIMARY KEY,
    survey_key         text    NOT NULL,
    survey_version     integer NOT NULL,
    definition_id      uuid    NOT NULL,
    definition_version integer NOT NULL,
    care_team          text    NOT NULL,
    place_of_service   text,
    cost_centre        text,
    aura_service_class text,
    contact_type       text,
    client_segment     text    NOT NULL,
    requested_on       date    NOT NULL,
    answered_on        date    NOT NULL,
    nps                integer,
    ces                integer,
    statements         jsonb   NOT NULL,
    open_answer        text
);

CREATE INDEX response_by_pathway ON feedback_response (definition_id, answered_on);
CREATE INDEX response_by_team ON feedback_response (care_team, answered_on);
CREATE INDEX response_by_day ON feedback_response (answered_on);

-- The anonymiser's own log: per response, how many of each category it removed; never the values.
CREATE TABLE anonymiser_log (
    response_id uuid  PRIMARY KEY REFERENCES feedback_response (id),
    logged_on   date  NOT NULL,
    removed     jsonb NOT NULL
);
