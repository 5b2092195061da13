package io.frontdesk.booking.application.port.out;

import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.shared.TenantId;
import java.util.List;

/** The calendar outbox. */
public interface CalendarJobs {

    /** Adds a job in the caller's transaction: it exists exactly when the change that caused it was committed. */
    void enqueue(CalendarJob job);

    /** The jobs of one booking, oldest first. */
    List<CalendarJob> forBooking(TenantId tenantId, BookingId bookingId);
}
