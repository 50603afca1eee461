-- The client's personal identity code (henkilötunnus), taken from the client's own token, for matching with the
-- patient record. identity_code holds AES-GCM ciphertext (12-byte IV followed by ciphertext and tag), never the code;
-- identity_hmac is a keyed HMAC-SHA-256 of the code, so a search by identifier needs no decryption of every row.
CREATE TABLE client_identity (
    client_subject text        PRIMARY KEY,
    identity_code  bytea       NOT NULL,
    identity_hmac  bytea       NOT NULL,
    captured_at    timestamptz NOT NULL
);

CREATE INDEX client_identity_by_hmac ON client_identity (identity_hmac);
