-- (c) Dashboard statistics: the statements the app runs for GET /api/bookings/stats, in one transaction. The
-- first line picks one of the harness's 30-day ranges of the biggest business; the app does not run it.
\set n random(1, 200)
SELECT tenant_id, from_ts, before_ts, today_from, today_to FROM bench_stats_params WHERE n = :n \gset
BEGIN;
select tje1_0.id,tje1_0.created_at,tje1_0.name,tje1_0.phone_region,tje1_0.time_zone,tje1_0.updated_at from tenants tje1_0 where tje1_0.id=:tenant_id;
SELECT count(*) FILTER (WHERE b.status = 'confirmed'), count(*) FILTER (WHERE b.status = 'completed'), count(*) FILTER (WHERE b.status = 'no_show'), count(*) FILTER (WHERE b.status = 'canceled'), count(*) FILTER (WHERE b.booking_source = 'waitlist'), count(*) FILTER (WHERE b.booking_source = 'direct'), count(*) FILTER (WHERE b.booking_source = 'walk_in'), count(*) FILTER (WHERE b.booking_source = 'manual'), count(*) FILTER (WHERE b.status <> 'canceled' AND b.start_time >= :today_from AND b.start_time < :today_to), count(*) FILTER (WHERE b.status = 'confirmed' AND b.start_time >= now() AND b.start_time < now() + interval '7 days') FROM bookings b WHERE b.tenant_id = :tenant_id AND b.start_time >= :from_ts AND b.start_time < :before_ts;
SELECT count(*), count(*) FILTER (WHERE status = 'accepted') FROM waitlist_offers WHERE tenant_id = :tenant_id AND start_time >= :from_ts AND start_time < :before_ts;
COMMIT;
