package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.shared.TenantId;

/** The seed's {@code getBookingById}: one booking with its details, audit trail and calendar state. */
public interface GetBookingUseCase {

    /** @throws io.frontdesk.booking.domain.shared.NotFoundException when the tenant has no such booking */
    BookingDetails get(TenantId tenantId, BookingId bookingId);
}
