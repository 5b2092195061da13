-- (a) Create a booking: the statements the app runs for POST /api/bookings, as PostgreSQL's statement log shows
-- them, in one transaction. The first line hands each transaction the next distinct open slot (and fresh ids);
-- it is the one statement the app does not run.
SELECT slot_id, tenant_id, service_id, staff_id, start_time, end_time, booking_id, audit_id, job_id FROM bench_slots WHERE n = (SELECT nextval('bench_slot_seq')) \gset
BEGIN;
select tje1_0.id,tje1_0.created_at,tje1_0.name,tje1_0.phone_region,tje1_0.time_zone,tje1_0.updated_at from tenants tje1_0 where tje1_0.id=:tenant_id;
update slots sje1_0 set status='booked',version=(sje1_0.version+1) where sje1_0.id=:slot_id and sje1_0.tenant_id=:tenant_id and sje1_0.status='open' and sje1_0.start_time>now();
select sje1_0.id,sje1_0.created_at,sje1_0.end_time,sje1_0.held_until,sje1_0.service_id,sje1_0.staff_id,sje1_0.start_time,sje1_0.status,sje1_0.tenant_id,sje1_0.version from slots sje1_0 where sje1_0.id=:slot_id;
insert into bookings (booking_source,canceled_at,cancellation_reason,completed_at,confirmed_at,created_at,created_by,customer_email,customer_name,customer_phone,end_time,no_show_at,service_id,slot_id,staff_id,start_time,status,tenant_id,updated_at,version,waitlist_entry_id,id) values ('walk_in',NULL,NULL,NULL,now(),now(),'bench-desk','dana@example.com','Dana Whitfield','+12015550123',:end_time,NULL,:service_id,:slot_id,:staff_id,:start_time,'confirmed',:tenant_id,now(),0,NULL,:booking_id);
insert into audit_log (action,actor_id,changes,entity_id,entity_type,occurred_at,tenant_id,id) values ('booking.created','bench-desk','{"status": {"after": "confirmed"}, "slot_id": {"after": "13849cac-8e7e-71ad-3adf-84b69ae20a3c"}, "customer_name": {"after": "Dana Whitfield"}, "booking_source": {"after": "walk_in"}, "customer_email": {"after": "dana@example.com"}, "customer_phone": {"after": "+12015550123"}}',:booking_id,'booking',now(),:tenant_id,:audit_id);
select sje1_0.id,sje1_0.active,sje1_0.created_at,sje1_0.duration_minutes,sje1_0.name,sje1_0.price_currency,sje1_0.price_minor,sje1_0.tenant_id,sje1_0.updated_at from services sje1_0 where sje1_0.id=:service_id;
select sje1_0.id,sje1_0.active,sje1_0.created_at,sje1_0.email,sje1_0.name,sje1_0.role,s1_0.staff_id,s1_0.service_id,s1_0.tenant_id,sje1_0.tenant_id,sje1_0.updated_at from staff sje1_0 left join staff_services s1_0 on sje1_0.id=s1_0.staff_id where sje1_0.id=:staff_id;
insert into calendar_jobs (action,attempts,booking_id,created_at,last_error,next_attempt_at,state,tenant_id,updated_at,id) values ('create_event',0,:booking_id,now(),NULL,now(),'pending',:tenant_id,now(),:job_id);
COMMIT;
