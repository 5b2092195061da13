package io.frontdesk.booking.application.port.out;

import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.catalog.StaffId;
import io.frontdesk.booking.domain.shared.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Bookings read as calendar events, one query each. */
public interface CalendarQueries {

    /** The booking as an event, in whatever status; empty when the tenant has no such booking. */
    Optional<CalendarEvent> event(TenantId tenantId, BookingId bookingId);

    /**
     * The staff member's bookings that occupy time (confirmed or completed) and end after {@code now}, earliest
     * start first (then by booking id), at most {@code limit}.
     */
    List<CalendarEvent> upcoming(TenantId tenantId, StaffId staffId, Instant now, int limit);
}
