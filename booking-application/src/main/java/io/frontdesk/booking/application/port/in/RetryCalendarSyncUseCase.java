package io.frontdesk.booking.application.port.in;

import io.frontdesk.booking.domain.booking.BookingId;
import io.frontdesk.booking.domain.shared.ActorId;
import io.frontdesk.booking.domain.shared.TenantId;

/** An admin sends a booking's calendar change again after it failed (or was skipped for want of a calendar). */
public interface RetryCalendarSyncUseCase {

    /**
     * Makes the booking's latest calendar job due now, with a fresh allowance of attempts.
     *
     * @throws io.frontdesk.booking.domain.shared.NotFoundException when the tenant has no such booking
     * @throws NothingToRetryException when its latest job is pending or done
     */
    CalendarSync retry(TenantId tenantId, ActorId actor, BookingId bookingId);
}
