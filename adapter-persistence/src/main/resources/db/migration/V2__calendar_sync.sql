-- Calendar synchronization: jobs may be skipped (no calendar set up), staff members' CalDAV accounts (password
-- sealed by the application, never stored in plain text) and their subscription feeds (token hashes only).

ALTER TABLE calendar_jobs DROP CONSTRAINT calendar_jobs_state_check;
ALTER TABLE calendar_jobs ADD CONSTRAINT calendar_jobs_state_check
    CHECK (state IN ('pending', 'done', 'failed', 'skipped'));

CREATE TABLE staff_calendar_accounts (
    staff_id        uuid PRIMARY KEY,
    tenant_id       uuid        NOT NULL,
    collection_url  text        NOT NULL CHECK (collection_url ~ '^https?://' AND length(collection_url) <= 2000),
    username        text        NOT NULL CHECK (length(username) BETWEEN 1 AND 200),
    sealed_password text        NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (tenant_id, staff_id) REFERENCES staff (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE staff_calendar_feeds (
    staff_id   uuid PRIMARY KEY,
    tenant_id  uuid        NOT NULL,
    -- SHA-256 of the secret token, hex; the token itself is never stored.
    token_hash text        NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    issued_at  timestamptz NOT NULL,
    FOREIGN KEY (tenant_id, staff_id) REFERENCES staff (tenant_id, id) ON DELETE CASCADE
);
