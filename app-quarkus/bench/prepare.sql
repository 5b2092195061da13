-- Prepares a generated data set for a run of run.sh: removes what earlier runs booked, and draws the parameters
-- the load harness (wrk) and the raw-SQL ceiling (pgbench) share, so that both ask the same questions.
--
--   psql -d frontdesk_bench -f prepare.sql
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SELECT setseed(0.7);

-- What earlier runs booked (the harness books as 'bench-desk') goes, and its slots open again.
DELETE FROM calendar_jobs j USING bookings b WHERE j.booking_id = b.id AND b.created_by = 'bench-desk';
DELETE FROM audit_log WHERE actor_id = 'bench-desk';
WITH gone AS (DELETE FROM bookings WHERE created_by = 'bench-desk' RETURNING slot_id)
UPDATE slots s SET status = 'open', version = s.version + 1 FROM gone WHERE s.id = gone.slot_id;
VACUUM (ANALYZE) bookings, slots, calendar_jobs, audit_log;

DROP TABLE IF EXISTS bench_tenants, bench_slots, bench_list_params, bench_stats_params;
DROP SEQUENCE IF EXISTS bench_slot_seq;

-- Every business, biggest (most bookings) first.
CREATE TABLE bench_tenants AS
SELECT t.id AS tenant_id, t.time_zone, row_number() OVER (ORDER BY count(b.id) DESC, t.id) AS rank
FROM tenants t LEFT JOIN bookings b ON b.tenant_id = t.id
GROUP BY t.id, t.time_zone;

-- Every open future slot, in random order, with the ids the raw-SQL create gives its rows.
CREATE TABLE bench_slots AS
SELECT row_number() OVER (ORDER BY random()) AS n, s.id AS slot_id, s.tenant_id, bt.rank AS tenant_rank,
       s.service_id, s.staff_id, s.start_time, s.end_time,
       gen_random_uuid() AS booking_id, gen_random_uuid() AS audit_id, gen_random_uuid() AS job_id
FROM slots s JOIN bench_tenants bt ON bt.tenant_id = s.tenant_id
WHERE s.status = 'open' AND s.start_time > now() + interval '1 hour';
ALTER TABLE bench_slots ADD PRIMARY KEY (n);
CREATE SEQUENCE bench_slot_seq;

-- The list questions of the biggest business, 200 of each shape: a week, a month by status, a name, a staff
-- member's month, part of a phone number; with the query string the app gets and the values its SQL binds.
CREATE TABLE bench_list_params (
    shape      text,
    n          int,
    tenant_id  uuid,
    from_ts    timestamptz,
    before_ts  timestamptz,
    staff_id   uuid,
    status     text,
    pattern    text,
    digits     text,
    row_offset int,
    query      text,
    -- 1 where the app counts the matches with a second statement: a full page, or an empty one past the first.
    needs_count int,
    PRIMARY KEY (shape, n)
);

CREATE TEMP VIEW biggest AS SELECT tenant_id, time_zone FROM bench_tenants WHERE rank = 1;

INSERT INTO bench_list_params (shape, n, tenant_id, from_ts, before_ts, row_offset, query)
SELECT 'week', n, tenant_id, day::timestamp AT TIME ZONE time_zone, (day + 7)::timestamp AT TIME ZONE time_zone,
       (page - 1) * 20, format('start_date=%s&end_date=%s&page=%s', day, day + 6, page)
FROM biggest, generate_series(1, 200) n,
     LATERAL (SELECT date '2026-03-09' + 7 * floor(random() * 50)::int + 0 * n AS day,
                     1 + floor(random() * 3)::int AS page) p;

INSERT INTO bench_list_params (shape, n, tenant_id, from_ts, before_ts, status, row_offset, query)
SELECT 'status', n, tenant_id, day::timestamp AT TIME ZONE time_zone, (day + 30)::timestamp AT TIME ZONE time_zone,
       status, 0, format('start_date=%s&end_date=%s&status=%s', day, day + 29, status)
FROM biggest, generate_series(1, 200) n,
     LATERAL (SELECT date '2026-03-05' + floor(random() * 300)::int + 0 * n AS day,
                     (ARRAY['confirmed', 'completed', 'no_show', 'canceled'])[1 + floor(random() * 4)::int] AS status) p;

INSERT INTO bench_list_params (shape, n, tenant_id, staff_id, from_ts, before_ts, row_offset, query)
SELECT 'staff', n, tenant_id, staff_id, day::timestamp AT TIME ZONE time_zone,
       (day + 30)::timestamp AT TIME ZONE time_zone, (page - 1) * 20,
       format('staff_id=%s&start_date=%s&end_date=%s&page=%s', staff_id, day, day + 29, page)
FROM biggest, generate_series(1, 200) n,
     LATERAL (SELECT (SELECT id FROM staff s WHERE s.tenant_id = biggest.tenant_id ORDER BY random() + 0 * n LIMIT 1)
                         AS staff_id,
                     date '2026-03-05' + floor(random() * 300)::int + 0 * n AS day,
                     1 + floor(random() * 2)::int AS page) p;

-- Names: half a surname, half a whole name, as customers give them; newest first.
INSERT INTO bench_list_params (shape, n, tenant_id, pattern, row_offset, query)
SELECT 'name', row_number() OVER (), tenant_id, '%' || term || '%', 0,
       format('search=%s&sort=created_at', replace(term, ' ', '%20'))
FROM (SELECT b.tenant_id,
             lower(CASE WHEN random() < 0.5 THEN split_part(b.customer_name, ' ', 2) ELSE b.customer_name END) AS term
      FROM bookings b JOIN biggest USING (tenant_id) ORDER BY random() LIMIT 200) t;

-- Phones: a customer's last seven digits, typed as 555-0123 is (never starting like a trunk or call prefix).
INSERT INTO bench_list_params (shape, n, tenant_id, pattern, digits, row_offset, query)
SELECT 'phone', row_number() OVER (), tenant_id, '%' || typed || '%', '%' || seven || '%', 0,
       'search=' || typed
FROM (SELECT b.tenant_id, right(b.customer_phone, 7) AS seven,
             substr(right(b.customer_phone, 7), 1, 3) || '-' || substr(right(b.customer_phone, 7), 4) AS typed
      FROM bookings b JOIN biggest USING (tenant_id)
      WHERE right(b.customer_phone, 7) !~ '^(1|011)' ORDER BY random() LIMIT 200) t;

UPDATE bench_list_params p
SET needs_count = CASE WHEN m.total - p.row_offset >= 20 OR (m.total <= p.row_offset AND p.row_offset > 0)
                       THEN 1 ELSE 0 END
FROM bench_list_params q
CROSS JOIN LATERAL (
    SELECT count(*) AS total FROM bookings b
    WHERE b.tenant_id = q.tenant_id
      AND (q.from_ts IS NULL OR b.start_time >= q.from_ts) AND (q.before_ts IS NULL OR b.start_time < q.before_ts)
      AND (q.status IS NULL OR b.status = q.status) AND (q.staff_id IS NULL OR b.staff_id = q.staff_id)
      AND (q.pattern IS NULL OR b.customer_name ILIKE q.pattern OR b.customer_email ILIKE q.pattern
           OR b.customer_phone_digits LIKE q.digits)) m
WHERE q.shape = p.shape AND q.n = p.n;

-- 30-day ranges of the biggest business for the dashboard; "today" as the app computes it.
CREATE TABLE bench_stats_params AS
SELECT n, tenant_id, day::timestamp AT TIME ZONE time_zone AS from_ts,
       (day + 30)::timestamp AT TIME ZONE time_zone AS before_ts,
       (now() AT TIME ZONE time_zone)::date::timestamp AT TIME ZONE time_zone AS today_from,
       ((now() AT TIME ZONE time_zone)::date + 1)::timestamp AT TIME ZONE time_zone AS today_to,
       format('start_date=%s&end_date=%s', day, day + 29) AS query
FROM biggest, generate_series(1, 200) n,
     LATERAL (SELECT date '2026-03-05' + floor(random() * 300)::int + 0 * n AS day) p;
ALTER TABLE bench_stats_params ADD PRIMARY KEY (n);

ANALYZE bench_tenants, bench_slots, bench_list_params, bench_stats_params;
