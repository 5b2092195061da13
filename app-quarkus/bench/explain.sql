-- EXPLAIN (ANALYZE, BUFFERS) of the list and stats statements the app runs, with the first question of each shape
-- from prepare.sql's tables bound as literals: for a list, the page and the count of its matches.
\set ON_ERROR_STOP on
\pset pager off
\set columns 'b.id, b.slot_id, b.service_id, sv.name AS service_name, b.staff_id, st.name AS staff_name, b.customer_name, b.customer_phone, b.customer_email, b.start_time, b.end_time, b.status, b.booking_source, b.waitlist_entry_id, b.confirmed_at, b.completed_at, b.canceled_at, b.no_show_at, b.cancellation_reason, b.created_by, b.created_at, b.updated_at'
\set joins 'FROM bookings b JOIN services sv ON sv.id = b.service_id JOIN staff st ON st.id = b.staff_id'

SELECT tenant_id, from_ts, before_ts, row_offset, query FROM bench_list_params WHERE shape = 'week' AND n = 1 \gset
\echo '### list, a week:' :query
EXPLAIN (ANALYZE, BUFFERS) SELECT :columns :joins WHERE b.tenant_id = :'tenant_id' AND b.start_time >= :'from_ts' AND b.start_time < :'before_ts' ORDER BY b.start_time, b.id LIMIT 20 OFFSET :row_offset;
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM bookings b WHERE b.tenant_id = :'tenant_id' AND b.start_time >= :'from_ts' AND b.start_time < :'before_ts';

SELECT tenant_id, from_ts, before_ts, status, query FROM bench_list_params WHERE shape = 'status' AND n = 1 \gset
\echo '### list, a month by status:' :query
EXPLAIN (ANALYZE, BUFFERS) SELECT :columns :joins WHERE b.tenant_id = :'tenant_id' AND b.start_time >= :'from_ts' AND b.start_time < :'before_ts' AND b.status = :'status' ORDER BY b.start_time, b.id LIMIT 20 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM bookings b WHERE b.tenant_id = :'tenant_id' AND b.start_time >= :'from_ts' AND b.start_time < :'before_ts' AND b.status = :'status';

SELECT tenant_id, pattern, query FROM bench_list_params WHERE shape = 'name' AND n = 1 \gset
\echo '### list, a name:' :query
EXPLAIN (ANALYZE, BUFFERS) SELECT :columns :joins WHERE b.tenant_id = :'tenant_id' AND (b.customer_name ILIKE :'pattern' OR b.customer_email ILIKE :'pattern') ORDER BY b.created_at DESC, b.id LIMIT 20 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM bookings b WHERE b.tenant_id = :'tenant_id' AND (b.customer_name ILIKE :'pattern' OR b.customer_email ILIKE :'pattern');

SELECT tenant_id, staff_id, from_ts, before_ts, row_offset, query FROM bench_list_params WHERE shape = 'staff' AND n = 1 \gset
\echo '### list, a staff member''s month:' :query
EXPLAIN (ANALYZE, BUFFERS) SELECT :columns :joins WHERE b.tenant_id = :'tenant_id' AND b.start_time >= :'from_ts' AND b.start_time < :'before_ts' AND b.staff_id = :'staff_id' ORDER BY b.start_time, b.id LIMIT 20 OFFSET :row_offset;
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM bookings b WHERE b.tenant_id = :'tenant_id' AND b.start_time >= :'from_ts' AND b.start_time < :'before_ts' AND b.staff_id = :'staff_id';

SELECT tenant_id, pattern, digits, query FROM bench_list_params WHERE shape = 'phone' AND n = 1 \gset
\echo '### list, part of a phone number:' :query
EXPLAIN (ANALYZE, BUFFERS) SELECT :columns :joins WHERE b.tenant_id = :'tenant_id' AND (b.customer_name ILIKE :'pattern' OR b.customer_email ILIKE :'pattern' OR b.customer_phone_digits LIKE :'digits') ORDER BY b.start_time, b.id LIMIT 20 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FROM bookings b WHERE b.tenant_id = :'tenant_id' AND (b.customer_name ILIKE :'pattern' OR b.customer_email ILIKE :'pattern' OR b.customer_phone_digits LIKE :'digits');

SELECT tenant_id, from_ts, before_ts, today_from, today_to, query FROM bench_stats_params WHERE n = 1 \gset
\echo '### stats, 30 days:' :query
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) FILTER (WHERE b.status = 'confirmed'), count(*) FILTER (WHERE b.status = 'completed'), count(*) FILTER (WHERE b.status = 'no_show'), count(*) FILTER (WHERE b.status = 'canceled'), count(*) FILTER (WHERE b.booking_source = 'waitlist'), count(*) FILTER (WHERE b.booking_source = 'direct'), count(*) FILTER (WHERE b.booking_source = 'walk_in'), count(*) FILTER (WHERE b.booking_source = 'manual'), count(*) FILTER (WHERE b.status <> 'canceled' AND b.start_time >= :'today_from' AND b.start_time < :'today_to'), count(*) FILTER (WHERE b.status = 'confirmed' AND b.start_time >= now() AND b.start_time < now() + interval '7 days') FROM bookings b WHERE b.tenant_id = :'tenant_id' AND b.start_time >= :'from_ts' AND b.start_time < :'before_ts';
