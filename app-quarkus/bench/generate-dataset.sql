-- Fills a Frontdesk database (schema migrated by the app's Flyway) with a large, realistic data set, set-based.
--
--   psql -v scale=1.0 -f generate-dataset.sql <database>
--
-- scale 1.0: 100 businesses, 2,135,250 slots and about 1,070,000 bookings over one year (nine months back, three
-- ahead), skewed: three big businesses with 40 staff each, seven with 15, the rest with 3 to 5. Every status and
-- source, real-looking names, phones and emails; each booking has its audit entries. Smaller scales shrink the
-- number of slots per staff member and day (at least one), not the number of businesses.
-- Existing data is removed first.

\set ON_ERROR_STOP on
\if :{?scale}
\else
  \set scale 1.0
\endif

SET client_min_messages = warning;
SET maintenance_work_mem = '512MB';
SET synchronous_commit = off;
SELECT setseed(0.42);

TRUNCATE audit_log, calendar_jobs, bookings, waitlist_entries, slots, staff_services, staff, services, tenants
    CASCADE;

-- A bulk load: foreign keys are not checked row by row (the rows are built consistent; this needs a superuser),
-- and the big tables' secondary indexes are dropped and built once at the end, from their own definitions.
SET session_replication_role = replica;
CREATE TEMP TABLE gen_index AS
SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
FROM pg_index i
WHERE i.indrelid IN ('slots'::regclass, 'bookings'::regclass, 'audit_log'::regclass)
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid);
SELECT format('DROP INDEX %s', name) FROM gen_index
\gexec

-- Businesses: zones and phone regions of three countries; the first ten are the big ones.
CREATE TEMP TABLE gen_tenant AS
SELECT n,
       md5('tenant' || n)::uuid AS id,
       (ARRAY['Salon', 'Studio', 'Clinic', 'Barbers', 'Physio', 'Spa', 'Repair Shop', 'Dental'])[1 + n % 8]
           || ' ' || (ARRAY['Aurora', 'Riverside', 'Lindenhof', 'Harbor', 'Maple', 'Nordlicht', 'Oak Park',
                            'Bellevue', 'Sunrise', 'Kastanie'])[1 + (n / 8) % 10] || ' ' || n AS name,
       (ARRAY['Europe/Berlin', 'America/New_York', 'Europe/London'])[1 + n % 3] AS zone,
       (ARRAY['DE', 'US', 'GB'])[1 + n % 3] AS region,
       (ARRAY['+4930', '+1201', '+4420'])[1 + n % 3] AS phone_prefix,
       CASE WHEN n <= 3 THEN 40 WHEN n <= 10 THEN 15 ELSE 3 + n % 3 END AS staff_count
FROM generate_series(1, 100) n;

INSERT INTO tenants (id, name, time_zone, phone_region)
SELECT id, name, zone, region FROM gen_tenant;

-- Three services a business; slots are 30 minutes (the first service's duration).
INSERT INTO services (id, tenant_id, name, duration_minutes, price_minor, price_currency)
SELECT md5('service' || t.n || '/' || s)::uuid, t.id,
       (ARRAY['Haircut', 'Colouring', 'Consultation'])[s], (ARRAY[30, 60, 45])[s],
       (ARRAY[3500, 8900, 5000])[s], CASE t.region WHEN 'US' THEN 'USD' WHEN 'GB' THEN 'GBP' ELSE 'EUR' END
FROM gen_tenant t, generate_series(1, 3) s;

CREATE TEMP TABLE gen_staff AS
SELECT t.n AS tenant_n, t.id AS tenant_id, t.zone, k,
       md5('staff' || t.n || '/' || k)::uuid AS id,
       md5('service' || t.n || '/' || (1 + k % 3))::uuid AS service_id
FROM gen_tenant t, generate_series(1, t.staff_count) k;

INSERT INTO staff (id, tenant_id, name, role)
SELECT id, tenant_id,
       (ARRAY['Mia', 'Lena', 'Jonas', 'Tom', 'Ava', 'Noah', 'Sofia', 'Liam', 'Emma', 'Ben'])[1 + k % 10] || ' '
           || (ARRAY['Berger', 'Fischer', 'Wolf', 'Becker', 'Kim', 'Garcia', 'Patel', 'Smith', 'Novak', 'Rossi'])
              [1 + (k / 10 + tenant_n) % 10],
       'Stylist'
FROM gen_staff;

INSERT INTO staff_services (tenant_id, staff_id, service_id)
SELECT tenant_id, id, service_id FROM gen_staff;

-- Slots: every day of the year, back to back from 09:00 local, slots_per_day of them per staff member.
SELECT greatest(1, ceil(:scale * 2000000.0 / ((SELECT count(*) FROM gen_staff) * 365)))::int AS slots_per_day
\gset

CREATE TEMP TABLE gen_slot AS
SELECT md5('slot' || s.id || '/' || d || '/' || i)::uuid AS id,
       s.tenant_id, s.service_id, s.id AS staff_id, s.tenant_n,
       ((current_date - 270 + d)::timestamp + time '09:00' + i * interval '30 minutes') AT TIME ZONE s.zone
           AS start_time,
       random() AS fate
FROM gen_staff s, generate_series(0, 364) d, generate_series(0, :slots_per_day - 1) i;

-- Half the slots get a booking; of those, canceled ones free their slot again.
CREATE TEMP TABLE gen_booking AS
SELECT md5('booking' || g.id)::uuid AS id, g.id AS slot_id, g.tenant_id, g.service_id, g.staff_id, g.start_time,
       g.fate,
       CASE
           WHEN g.start_time < now() THEN
               CASE WHEN g.fate < 0.36 THEN 'completed' WHEN g.fate < 0.40 THEN 'no_show' ELSE 'canceled' END
           ELSE CASE WHEN g.fate < 0.43 THEN 'confirmed' ELSE 'canceled' END
       END AS status,
       (ARRAY['walk_in', 'manual', 'manual', 'direct', 'direct', 'waitlist'])[1 + floor(random() * 6)::int] AS source,
       floor(random() * 1000000)::int AS person
FROM gen_slot g
WHERE g.fate < 0.5;

INSERT INTO slots (id, tenant_id, service_id, staff_id, start_time, end_time, status)
SELECT g.id, g.tenant_id, g.service_id, g.staff_id, g.start_time, g.start_time + interval '30 minutes',
       CASE WHEN b.status IN ('confirmed', 'completed') THEN 'booked' ELSE 'open' END
FROM gen_slot g LEFT JOIN gen_booking b ON b.slot_id = g.id;

-- Waitlist bookings point at the waitlist entry they came from.
INSERT INTO waitlist_entries (id, tenant_id, customer_name, customer_phone, service_id, wanted_from, wanted_to,
                              status, created_at)
SELECT md5('entry' || b.id)::uuid, b.tenant_id, 'Waitlist customer', '+12015550100', b.service_id,
       b.start_time - interval '7 days', b.start_time + interval '1 hour', 'booked',
       b.start_time - interval '10 days'
FROM gen_booking b WHERE b.source = 'waitlist';

INSERT INTO bookings (id, tenant_id, slot_id, service_id, staff_id, start_time, end_time, waitlist_entry_id,
                      customer_name, customer_phone, customer_email, status, booking_source, confirmed_at,
                      completed_at, canceled_at, no_show_at, cancellation_reason, created_by, created_at,
                      updated_at)
SELECT b.id, b.tenant_id, b.slot_id, b.service_id, b.staff_id, b.start_time, b.start_time + interval '30 minutes',
       CASE WHEN b.source = 'waitlist' THEN md5('entry' || b.id)::uuid END,
       p.first || ' ' || p.last,
       t.phone_prefix || lpad((b.person % 10000000)::text, 7, '0'),
       CASE WHEN b.person % 10 < 7 THEN lower(p.first || '.' || p.last || (b.person % 1000)) || '@example.com' END,
       b.status, b.source, b.created,
       CASE WHEN b.status = 'completed' THEN b.start_time + interval '30 minutes' END,
       CASE WHEN b.status = 'canceled' THEN least(b.start_time, b.created + interval '2 days') END,
       CASE WHEN b.status = 'no_show' THEN b.start_time + interval '15 minutes' END,
       CASE WHEN b.status = 'canceled' AND b.person % 3 = 0 THEN 'Customer called to cancel' END,
       'desk-' || (b.person % 7), b.created,
       CASE WHEN b.status = 'confirmed' THEN b.created ELSE greatest(b.created, b.start_time) END
FROM (SELECT gb.*, gb.start_time - (interval '1 hour' * (1 + floor(gb.fate * 300))) AS created
      FROM gen_booking gb) b
JOIN gen_tenant t ON t.id = b.tenant_id
CROSS JOIN LATERAL (SELECT
    (ARRAY['Dana', 'Eli', 'Farah', 'Hugo', 'Ines', 'Jamal', 'Kira', 'Luca', 'Maya', 'Nils', 'Olga', 'Priya',
           'Quentin', 'Rosa', 'Sami', 'Tara', 'Umar', 'Vera', 'Wes', 'Yara'])[1 + b.person % 20] AS first,
    (ARRAY['Whitfield', 'Romero', 'Said', 'Meyer', 'Kowalski', 'Okafor', 'Dubois', 'Jensen', 'Nakamura',
           'Silva', 'Hartmann', 'Costa', 'Ivanova', 'Brennan', 'Lindqvist', 'Moreau', 'Haddad', 'Novak',
           'Schulz', 'Tanaka'])[1 + (b.person / 20) % 20] AS last) p;

-- The audit trail: the creation of each booking and, where it moved on, its status change.
INSERT INTO audit_log (id, tenant_id, entity_type, entity_id, action, actor_id, changes, occurred_at)
SELECT md5('audit-created' || id)::uuid, tenant_id, 'booking', id, 'booking.created', created_by,
       jsonb_build_object('status', jsonb_build_object('after', 'confirmed')), created_at
FROM bookings;
INSERT INTO audit_log (id, tenant_id, entity_type, entity_id, action, actor_id, changes, occurred_at)
SELECT md5('audit-status' || id)::uuid, tenant_id, 'booking', id,
       'booking.' || status, created_by,
       jsonb_build_object('status', jsonb_build_object('before', 'confirmed', 'after', status)), updated_at
FROM bookings WHERE status <> 'confirmed';

SELECT definition FROM gen_index
\gexec
SET session_replication_role = DEFAULT;
VACUUM (ANALYZE);

SELECT (SELECT count(*) FROM tenants) AS tenants, (SELECT count(*) FROM staff) AS staff,
       (SELECT count(*) FROM slots) AS slots, (SELECT count(*) FROM bookings) AS bookings,
       (SELECT count(*) FROM audit_log) AS audit_entries;
