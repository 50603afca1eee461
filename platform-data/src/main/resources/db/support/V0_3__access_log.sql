-- Append-only log of every read or change of a client's data by someone other than that client.
CREATE TABLE access_log (
    id             uuid        PRIMARY KEY,
    at             timestamptz NOT NULL,
    actor_subject  text        NOT NULL,
    actor_roles    text        NOT NULL,
    actor_teams    text        NOT NULL,
    client_subject text        NOT NULL,
    action         text        NOT NULL,
    resource       text        NOT NULL,
    reason         text        NOT NULL,
    request_id     text
);

CREATE INDEX access_log_by_client ON access_log (client_subject, at DESC);

CREATE FUNCTION access_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'access_log is append-only';
END
$$;

CREATE TRIGGER access_log_no_update_or_delete BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION access_log_is_append_only();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_is_append_only();
