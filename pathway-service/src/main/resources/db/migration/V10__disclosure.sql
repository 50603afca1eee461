-- Every release of a client's data to an integrator: who (the integrator's client id), when, which client and which
-- resources. The client reads it back; like the access log it is append-only.
CREATE TABLE disclosure (
    id             uuid        PRIMARY KEY,
    at             timestamptz NOT NULL,
    integrator     text        NOT NULL,
    client_subject text        NOT NULL,
    resource_type  text        NOT NULL,
    resource_ids   text[]      NOT NULL,
    request_id     text
);

CREATE INDEX disclosure_by_client ON disclosure (client_subject, at DESC);

CREATE FUNCTION disclosure_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'disclosure is append-only';
END;
$$;
CREATE TRIGGER disclosure_no_update_or_delete BEFORE UPDATE OR DELETE ON disclosure
    FOR EACH ROW EXECUTE FUNCTION disclosure_is_append_only();
CREATE TRIGGER disclosure_no_truncate BEFORE TRUNCATE ON disclosure
    FOR EACH STATEMENT EXECUTE FUNCTION disclosure_is_append_only();
