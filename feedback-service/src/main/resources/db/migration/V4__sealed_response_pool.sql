-- Answering writes the request and the pool row in one transaction, so both carry the same xmin: the pool keeps in clear
-- only what grouping needs, and what the answer says in one AES-256-GCM ciphertext (response/PoolCipher). Rows pooled
-- before cannot be sealed in SQL: the old table is set aside under another name, and at startup the service seals its
-- rows into the new table and drops it, in one transaction (response/ResponsePool#sealUnsealed). Dropping the table
-- removes its file, so no clear copy stays on disk.
ALTER TABLE response_pool RENAME TO response_pool_unsealed;
ALTER TABLE response_pool_unsealed RENAME CONSTRAINT response_pool_pkey TO response_pool_unsealed_pkey;

CREATE TABLE response_pool (
    id                 uuid    PRIMARY KEY,
    pooled_on          date    NOT NULL,
    survey_key         text    NOT NULL,
    survey_version     integer NOT NULL,
    definition_id      uuid    NOT NULL,
    definition_version integer NOT NULL,
    care_team          text    NOT NULL,
    sealed             bytea   NOT NULL
);
