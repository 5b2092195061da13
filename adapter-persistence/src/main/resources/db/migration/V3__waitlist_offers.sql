-- Waitlist offers: every offer of a held slot to a waitlist entry, kept after it closes (for the fill rate, and so
-- that a slot is never offered twice to one entry). The customer's token is never stored, only its SHA-256.
-- Refers to tables of V1 only.

CREATE TABLE waitlist_offers (
    id          uuid PRIMARY KEY,
    tenant_id   uuid        NOT NULL REFERENCES tenants (id),
    entry_id    uuid        NOT NULL,
    slot_id     uuid        NOT NULL,
    -- Copied from the slot when the offer is made, so statistics need no join.
    start_time  timestamptz NOT NULL,
    end_time    timestamptz NOT NULL,
    token_hash  text        NOT NULL CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    status      text        NOT NULL CHECK (status IN ('open', 'accepted', 'declined', 'expired', 'withdrawn')),
    offered_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    closed_at   timestamptz,
    version     bigint      NOT NULL DEFAULT 0,
    CONSTRAINT waitlist_offers_time_order CHECK (start_time < end_time),
    CONSTRAINT waitlist_offers_expiry_order CHECK (offered_at < expires_at),
    CONSTRAINT waitlist_offers_closed_at CHECK ((status = 'open') = (closed_at IS NULL)),
    CONSTRAINT waitlist_offers_token_hash_key UNIQUE (token_hash),
    FOREIGN KEY (tenant_id, entry_id) REFERENCES waitlist_entries (tenant_id, id),
    FOREIGN KEY (tenant_id, slot_id) REFERENCES slots (tenant_id, id)
);
-- One offer at a time: a slot is offered to one entry, an entry holds one offer.
CREATE UNIQUE INDEX waitlist_offers_one_open_per_slot ON waitlist_offers (slot_id) WHERE status = 'open';
CREATE UNIQUE INDEX waitlist_offers_one_open_per_entry ON waitlist_offers (entry_id) WHERE status = 'open';
-- The expiry job's question: open offers whose time is up.
CREATE INDEX waitlist_offers_due ON waitlist_offers (expires_at) WHERE status = 'open';
CREATE INDEX waitlist_offers_slot ON waitlist_offers (tenant_id, slot_id);
CREATE INDEX waitlist_offers_tenant_start ON waitlist_offers (tenant_id, start_time);

-- The expiry job's other question: waiting entries whose wanted window has ended.
CREATE INDEX waitlist_entries_lapsing ON waitlist_entries (wanted_to) WHERE status = 'waiting';
