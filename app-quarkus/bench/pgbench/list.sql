-- (b) List bookings: the statements the app runs for GET /api/bookings, one transaction per request: the page,
-- and the count of all matches where the page does not tell it. The same five kinds of question as the harness
-- asks, in the same proportions (week 40 %, month by status 20 %, name 20 %, staff member's month 10 %, phone
-- 10 %). The lookup of the question's values is the one statement the app does not run.
\set r random(1, 100)
\set n random(1, 200)
\if :r <= 40
SELECT tenant_id, from_ts, before_ts, row_offset, needs_count FROM bench_list_params WHERE shape = 'week' AND n = :n \gset
BEGIN;
select tje1_0.id,tje1_0.created_at,tje1_0.name,tje1_0.phone_region,tje1_0.time_zone,tje1_0.updated_at from tenants tje1_0 where tje1_0.id=:tenant_id;
SELECT b.id, b.slot_id, b.service_id, sv.name AS service_name, b.staff_id, st.name AS staff_name, b.customer_name, b.customer_phone, b.customer_email, b.start_time, b.end_time, b.status, b.booking_source, b.waitlist_entry_id, b.confirmed_at, b.completed_at, b.canceled_at, b.no_show_at, b.cancellation_reason, b.created_by, b.created_at, b.updated_at FROM bookings b JOIN services sv ON sv.id = b.service_id JOIN staff st ON st.id = b.staff_id WHERE b.tenant_id = :tenant_id AND b.start_time >= :from_ts AND b.start_time < :before_ts ORDER BY b.start_time, b.id LIMIT 20 OFFSET :row_offset;
\if :needs_count
SELECT count(*) FROM bookings b WHERE b.tenant_id = :tenant_id AND b.start_time >= :from_ts AND b.start_time < :before_ts;
\endif
COMMIT;
\elif :r <= 60
SELECT tenant_id, from_ts, before_ts, status, row_offset, needs_count FROM bench_list_params WHERE shape = 'status' AND n = :n \gset
BEGIN;
select tje1_0.id,tje1_0.created_at,tje1_0.name,tje1_0.phone_region,tje1_0.time_zone,tje1_0.updated_at from tenants tje1_0 where tje1_0.id=:tenant_id;
SELECT b.id, b.slot_id, b.service_id, sv.name AS service_name, b.staff_id, st.name AS staff_name, b.customer_name, b.customer_phone, b.customer_email, b.start_time, b.end_time, b.status, b.booking_source, b.waitlist_entry_id, b.confirmed_at, b.completed_at, b.canceled_at, b.no_show_at, b.cancellation_reason, b.created_by, b.created_at, b.updated_at FROM bookings b JOIN services sv ON sv.id = b.service_id JOIN staff st ON st.id = b.staff_id WHERE b.tenant_id = :tenant_id AND b.start_time >= :from_ts AND b.start_time < :before_ts AND b.status = :status ORDER BY b.start_time, b.id LIMIT 20 OFFSET :row_offset;
\if :needs_count
SELECT count(*) FROM bookings b WHERE b.tenant_id = :tenant_id AND b.start_time >= :from_ts AND b.start_time < :before_ts AND b.status = :status;
\endif
COMMIT;
\elif :r <= 80
SELECT tenant_id, pattern, row_offset, needs_count FROM bench_list_params WHERE shape = 'name' AND n = :n \gset
BEGIN;
select tje1_0.id,tje1_0.created_at,tje1_0.name,tje1_0.phone_region,tje1_0.time_zone,tje1_0.updated_at from tenants tje1_0 where tje1_0.id=:tenant_id;
SELECT b.id, b.slot_id, b.service_id, sv.name AS service_name, b.staff_id, st.name AS staff_name, b.customer_name, b.customer_phone, b.customer_email, b.start_time, b.end_time, b.status, b.booking_source, b.waitlist_entry_id, b.confirmed_at, b.completed_at, b.canceled_at, b.no_show_at, b.cancellation_reason, b.created_by, b.created_at, b.updated_at FROM bookings b JOIN services sv ON sv.id = b.service_id JOIN staff st ON st.id = b.staff_id WHERE b.tenant_id = :tenant_id AND (b.customer_name ILIKE :pattern OR b.customer_email ILIKE :pattern) ORDER BY b.created_at DESC, b.id LIMIT 20 OFFSET :row_offset;
\if :needs_count
SELECT count(*) FROM bookings b WHERE b.tenant_id = :tenant_id AND (b.customer_name ILIKE :pattern OR b.customer_email ILIKE :pattern);
\endif
COMMIT;
\elif :r <= 90
SELECT tenant_id, staff_id, from_ts, before_ts, row_offset, needs_count FROM bench_list_params WHERE shape = 'staff' AND n = :n \gset
BEGIN;
select tje1_0.id,tje1_0.created_at,tje1_0.name,tje1_0.phone_region,tje1_0.time_zone,tje1_0.updated_at from tenants tje1_0 where tje1_0.id=:tenant_id;
SELECT b.id, b.slot_id, b.service_id, sv.name AS service_name, b.staff_id, st.name AS staff_name, b.customer_name, b.customer_phone, b.customer_email, b.start_time, b.end_time, b.status, b.booking_source, b.waitlist_entry_id, b.confirmed_at, b.completed_at, b.canceled_at, b.no_show_at, b.cancellation_reason, b.created_by, b.created_at, b.updated_at FROM bookings b JOIN services sv ON sv.id = b.service_id JOIN staff st ON st.id = b.staff_id WHERE b.tenant_id = :tenant_id AND b.start_time >= :from_ts AND b.start_time < :before_ts AND b.staff_id = :staff_id ORDER BY b.start_time, b.id LIMIT 20 OFFSET :row_offset;
\if :needs_count
SELECT count(*) FROM bookings b WHERE b.tenant_id = :tenant_id AND b.start_time >= :from_ts AND b.start_time < :before_ts AND b.staff_id = :staff_id;
\endif
COMMIT;
\else
SELECT tenant_id, pattern, digits, row_offset, needs_count FROM bench_list_params WHERE shape = 'phone' AND n = :n \gset
BEGIN;
select tje1_0.id,tje1_0.created_at,tje1_0.name,tje1_0.phone_region,tje1_0.time_zone,tje1_0.updated_at from tenants tje1_0 where tje1_0.id=:tenant_id;
SELECT b.id, b.slot_id, b.service_id, sv.name AS service_name, b.staff_id, st.name AS staff_name, b.customer_name, b.customer_phone, b.customer_email, b.start_time, b.end_time, b.status, b.booking_source, b.waitlist_entry_id, b.confirmed_at, b.completed_at, b.canceled_at, b.no_show_at, b.cancellation_reason, b.created_by, b.created_at, b.updated_at FROM bookings b JOIN services sv ON sv.id = b.service_id JOIN staff st ON st.id = b.staff_id WHERE b.tenant_id = :tenant_id AND (b.customer_name ILIKE :pattern OR b.customer_email ILIKE :pattern OR b.customer_phone_digits LIKE :digits) ORDER BY b.start_time, b.id LIMIT 20 OFFSET :row_offset;
\if :needs_count
SELECT count(*) FROM bookings b WHERE b.tenant_id = :tenant_id AND (b.customer_name ILIKE :pattern OR b.customer_email ILIKE :pattern OR b.customer_phone_digits LIKE :digits);
\endif
COMMIT;
\endif
