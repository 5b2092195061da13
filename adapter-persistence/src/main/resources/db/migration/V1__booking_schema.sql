-- Frontdesk booking schema. Every row belongs to one tenant; composite foreign keys (tenant_id, id) make it
-- impossible for a row to point at another tenant's row. Statuses are text with CHECK constraints; times are
-- timestamptz; money is bigint minor units plus an ISO currency code.

CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE tenants (
    id           uuid PRIMARY KEY,
    name         text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    time_zone    text        NOT NULL,
    phone_region text        NOT NULL CHECK (phone_region ~ '^[A-Z]{2}$'),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE services (
    id               uuid PRIMARY KEY,
    tenant_id        uuid        NOT NULL REFERENCES tenants (id),
    name             text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    duration_minutes integer     NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    price_minor      bigint CHECK (price_minor >= 0),
    price_currency   char(3) CHECK (price_currency ~ '^[A-Z]{3}$'),
    active           boolean     NOT NULL DEFAULT true,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT services_price_complete CHECK ((price_minor IS NULL) = (price_currency IS NULL)),
    CONSTRAINT services_tenant_id_key UNIQUE (tenant_id, id)
);

CREATE TABLE staff (
    id         uuid PRIMARY KEY,
    tenant_id  uuid        NOT NULL REFERENCES tenants (id),
    name       text        NOT NULL CHECK (length(name) BETWEEN 2 AND 100),
    role       text CHECK (length(role) BETWEEN 1 AND 100),
    email      text CHECK (length(email) BETWEEN 3 AND 254),
    active     boolean     NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT staff_tenant_id_key UNIQUE (tenant_id, id)
);

-- Which services a staff member performs.
CREATE TABLE staff_services (
    tenant_id  uuid NOT NULL,
    staff_id   uuid NOT NULL,
    service_id uuid NOT NULL,
    PRIMARY KEY (staff_id, service_id),
    FOREIGN KEY (tenant_id, staff_id) REFERENCES staff (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, service_id) REFERENCES services (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX staff_services_service ON staff_services (tenant_id, service_id);

CREATE TABLE slots (
    id         uuid PRIMARY KEY,
    tenant_id  uuid        NOT NULL REFERENCES tenants (id),
    service_id uuid        NOT NULL,
    staff_id   uuid        NOT NULL,
    start_time timestamptz NOT NULL,
    end_time   timestamptz NOT NULL,
    status     text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'held', 'booked')),
    held_until timestamptz,
    version    bigint      NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT slots_time_order CHECK (start_time < end_time),
    CONSTRAINT slots_hold_consistent CHECK ((status = 'held') = (held_until IS NOT NULL)),
    CONSTRAINT slots_tenant_id_key UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, service_id) REFERENCES services (tenant_id, id),
    FOREIGN KEY (tenant_id, staff_id) REFERENCES staff (tenant_id, id),
    -- Two slots of one staff member never overlap ([start, end) ranges).
    CONSTRAINT slots_no_overlap EXCLUDE USING gist (
        tenant_id WITH =, staff_id WITH =, tstzrange(start_time, end_time) WITH &&)
);
CREATE INDEX slots_tenant_status_start ON slots (tenant_id, status, start_time);
CREATE INDEX slots_tenant_service_start ON slots (tenant_id, service_id, start_time);

CREATE TABLE waitlist_entries (
    id               uuid PRIMARY KEY,
    tenant_id        uuid        NOT NULL REFERENCES tenants (id),
    customer_name    text        NOT NULL CHECK (length(customer_name) BETWEEN 2 AND 100),
    customer_phone   text        NOT NULL CHECK (customer_phone ~ '^\+[1-9][0-9]{5,14}$'),
    customer_email   text CHECK (length(customer_email) BETWEEN 3 AND 254),
    service_id       uuid        NOT NULL,
    staff_id         uuid,
    wanted_from      timestamptz NOT NULL,
    wanted_to        timestamptz NOT NULL,
    status           text        NOT NULL CHECK (status IN ('waiting', 'offered', 'booked', 'expired', 'removed')),
    offer_slot_id    uuid,
    offered_at       timestamptz,
    offer_expires_at timestamptz,
    created_at       timestamptz NOT NULL,
    version          bigint      NOT NULL DEFAULT 0,
    CONSTRAINT waitlist_window_order CHECK (wanted_from < wanted_to),
    CONSTRAINT waitlist_offer_consistent CHECK (
        (status = 'offered') = (offer_slot_id IS NOT NULL)
        AND (offer_slot_id IS NULL) = (offered_at IS NULL)
        AND (offer_slot_id IS NULL) = (offer_expires_at IS NULL)),
    CONSTRAINT waitlist_entries_tenant_id_key UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, service_id) REFERENCES services (tenant_id, id),
    FOREIGN KEY (tenant_id, staff_id) REFERENCES staff (tenant_id, id),
    FOREIGN KEY (tenant_id, offer_slot_id) REFERENCES slots (tenant_id, id)
);
-- The oldest waiting entry for a service is the next to get an offer.
CREATE INDEX waitlist_entries_line ON waitlist_entries (tenant_id, service_id, status, created_at);

CREATE TABLE bookings (
    id                    uuid PRIMARY KEY,
    tenant_id             uuid        NOT NULL REFERENCES tenants (id),
    slot_id               uuid        NOT NULL,
    -- Copied from the slot at booking time, so list and stats filters need no join.
    service_id            uuid        NOT NULL,
    staff_id              uuid        NOT NULL,
    start_time            timestamptz NOT NULL,
    end_time              timestamptz NOT NULL,
    waitlist_entry_id     uuid,
    customer_name         text        NOT NULL CHECK (length(customer_name) BETWEEN 2 AND 100),
    customer_phone        text        NOT NULL CHECK (customer_phone ~ '^\+[1-9][0-9]{5,14}$'),
    -- The phone's digits, for "search by phone" however the number is typed.
    customer_phone_digits text GENERATED ALWAYS AS (substr(customer_phone, 2)) STORED,
    customer_email        text CHECK (length(customer_email) BETWEEN 3 AND 254),
    status                text        NOT NULL CHECK (status IN ('confirmed', 'completed', 'no_show', 'canceled')),
    booking_source        text        NOT NULL CHECK (booking_source IN ('waitlist', 'direct', 'walk_in', 'manual')),
    confirmed_at          timestamptz NOT NULL,
    completed_at          timestamptz,
    canceled_at           timestamptz,
    no_show_at            timestamptz,
    cancellation_reason   text CHECK (length(cancellation_reason) BETWEEN 1 AND 500),
    created_by            text        NOT NULL,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    version               bigint      NOT NULL DEFAULT 0,
    CONSTRAINT bookings_time_order CHECK (start_time < end_time),
    CONSTRAINT bookings_waitlist_source CHECK ((booking_source = 'waitlist') = (waitlist_entry_id IS NOT NULL)),
    CONSTRAINT bookings_completed_at CHECK ((status = 'completed') = (completed_at IS NOT NULL)),
    CONSTRAINT bookings_no_show_at CHECK ((status = 'no_show') = (no_show_at IS NOT NULL)),
    CONSTRAINT bookings_canceled_at CHECK ((status = 'canceled') = (canceled_at IS NOT NULL)),
    CONSTRAINT bookings_reason_only_canceled CHECK (cancellation_reason IS NULL OR status = 'canceled'),
    CONSTRAINT bookings_tenant_id_key UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, slot_id) REFERENCES slots (tenant_id, id),
    FOREIGN KEY (tenant_id, service_id) REFERENCES services (tenant_id, id),
    FOREIGN KEY (tenant_id, staff_id) REFERENCES staff (tenant_id, id),
    FOREIGN KEY (tenant_id, waitlist_entry_id) REFERENCES waitlist_entries (tenant_id, id)
);
-- Backstop of race-free booking: at most one booking holds a slot.
CREATE UNIQUE INDEX bookings_one_active_per_slot ON bookings (slot_id) WHERE status IN ('confirmed', 'completed');
CREATE INDEX bookings_slot ON bookings (slot_id);
CREATE INDEX bookings_waitlist_entry ON bookings (waitlist_entry_id) WHERE waitlist_entry_id IS NOT NULL;
CREATE INDEX bookings_tenant_status ON bookings (tenant_id, status);
CREATE INDEX bookings_tenant_source ON bookings (tenant_id, booking_source);
CREATE INDEX bookings_tenant_created ON bookings (tenant_id, created_at);
CREATE INDEX bookings_tenant_start ON bookings (tenant_id, start_time);
CREATE INDEX bookings_customer_name_trgm ON bookings USING gin (customer_name gin_trgm_ops);
CREATE INDEX bookings_customer_email_trgm ON bookings USING gin (customer_email gin_trgm_ops);
CREATE INDEX bookings_customer_phone_digits_trgm ON bookings USING gin (customer_phone_digits gin_trgm_ops);

-- Who changed what, written in the transaction of the change. seq orders entries of the same instant.
CREATE TABLE audit_log (
    id          uuid PRIMARY KEY,
    seq         bigint GENERATED ALWAYS AS IDENTITY,
    tenant_id   uuid        NOT NULL REFERENCES tenants (id),
    entity_type text        NOT NULL,
    entity_id   uuid        NOT NULL,
    action      text        NOT NULL,
    actor_id    text        NOT NULL,
    changes     jsonb       NOT NULL DEFAULT '{}'::jsonb,
    occurred_at timestamptz NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log (tenant_id, entity_type, entity_id, occurred_at, seq);

-- The calendar outbox: one row per calendar change to deliver.
CREATE TABLE calendar_jobs (
    id              uuid PRIMARY KEY,
    seq             bigint GENERATED ALWAYS AS IDENTITY,
    tenant_id       uuid        NOT NULL REFERENCES tenants (id),
    booking_id      uuid        NOT NULL,
    action          text        NOT NULL CHECK (action IN ('create_event', 'delete_event')),
    state           text        NOT NULL CHECK (state IN ('pending', 'done', 'failed')),
    attempts        integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL,
    last_error      text,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (tenant_id, booking_id) REFERENCES bookings (tenant_id, id)
);
CREATE INDEX calendar_jobs_due ON calendar_jobs (next_attempt_at) WHERE state = 'pending';
CREATE INDEX calendar_jobs_booking ON calendar_jobs (tenant_id, booking_id, seq);
