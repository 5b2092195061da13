-- A staff member's bookings over a time range are read from an index of their own, in start order, instead of
-- every booking of the business in that range filtered by staff (docs/performance.md). Status and source ride
-- along, so the list's total over a staff member's range is an index-only count.
CREATE INDEX bookings_tenant_staff_start ON bookings (tenant_id, staff_id, start_time) INCLUDE (status, booking_source);
