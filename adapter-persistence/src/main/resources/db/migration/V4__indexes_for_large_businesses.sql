-- Indexes measured on a large data set (docs/performance.md).

-- Search runs inside one business: trigram indexes that lead with the tenant find a big business's matches
-- without first collecting every business's.
CREATE EXTENSION IF NOT EXISTS btree_gin;
DROP INDEX bookings_customer_name_trgm, bookings_customer_email_trgm, bookings_customer_phone_digits_trgm;
CREATE INDEX bookings_customer_name_trgm ON bookings USING gin (tenant_id, customer_name gin_trgm_ops);
CREATE INDEX bookings_customer_email_trgm ON bookings USING gin (tenant_id, customer_email gin_trgm_ops);
CREATE INDEX bookings_customer_phone_digits_trgm ON bookings USING gin (tenant_id, customer_phone_digits gin_trgm_ops);

-- Dashboard counts and list totals over a time range read the index alone: status and source ride along.
DROP INDEX bookings_tenant_start;
CREATE INDEX bookings_tenant_start ON bookings (tenant_id, start_time) INCLUDE (status, booking_source);

-- The calendar worker claims due jobs in (next_attempt_at, seq) order: an index in that order lets the claim stop
-- after its batch, instead of sorting every due job first (which, with stale statistics on a fast-growing outbox,
-- meant comparing every due job with every other).
DROP INDEX calendar_jobs_due;
CREATE INDEX calendar_jobs_due ON calendar_jobs (next_attempt_at, seq) WHERE state = 'pending';
